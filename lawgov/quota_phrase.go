package lawgov

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var quotaPhrase = regexp.MustCompile(`^(每个单位|各单位|每单位)?(?:不少于|至少|不低于)(\d{1,9})(\p{Han}{0,2})$`)

// ParseQuota parses a minimum-count phrase: 「不少于4次」 (overall) or
// 「每个单位不少于4次」 (also 「各单位」), with 至少 or 不低于 for 不少于.
// Spaces and line breaks are ignored.
func ParseQuota(s string) (Quota, error) {
	m := quotaPhrase.FindStringSubmatch(strings.Join(strings.Fields(strings.ReplaceAll(s, "\u3000", " ")), ""))
	if m == nil {
		return Quota{}, fmt.Errorf("lawgov: parse quota %q: unknown phrase", s)
	}
	n, _ := strconv.ParseInt(m[2], 10, 64)
	if n <= 0 {
		return Quota{}, fmt.Errorf("lawgov: parse quota %q: minimum must be positive", s)
	}
	q := Quota{Min: n, Measure: m[3], Scope: QuotaOverall}
	if m[1] != "" {
		q.Scope = QuotaPerUnit
	}
	return q, nil
}
