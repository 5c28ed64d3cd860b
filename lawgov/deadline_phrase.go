package lawgov

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The deadline phrases of real task tables (任务分解表), after
// normalisation: full-width digits made ASCII, Chinese numerals before 月,
// 日 and 季 made digits, spaces removed, and a trailing 「完成」 and
// 「前/之前/以前」 dropped.
var (
	phrasePeriod    = regexp.MustCompile(`^(?:(?:自|从)?(?:印发|发文|下发)之日起)?(\d{1,4})(个工作日|工作日|日|天|个月|月|年)(?:内|以内)$`)
	phraseMonthDay  = regexp.MustCompile(`^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底|末|份)?$`)
	phraseYearEnd   = regexp.MustCompile(`^(?:(\d{4})年)?(?:年底|年末|年内|全年)$|^(\d{4})年(?:底|末|内)$`)
	phraseHalf      = regexp.MustCompile(`^(?:(\d{4})年)?(上|下)半年(?:内|底|末)?$`)
	phraseQuarter   = regexp.MustCompile(`^(?:(\d{4})年)?第?(\d)季度(?:内|底|末)?$`)
	phraseRecurring = regexp.MustCompile(`^(?:每|按)(月|季度|季|半年|年|年度)(?:(\d{1,2})月)?(?:(\d{1,2})日|底|末)?$`)
	phraseNumDate   = regexp.MustCompile(`^(\d{4})([/.\-])(\d{1,2})([/.\-])(\d{1,2})$`)
)

// ongoingPhrases are the wordings of a standing duty.
var ongoingPhrases = [...]string{"长期坚持", "持续推进", "长期", "持续", "常态化推进", "长期推进"}

// ParseDeadlinePhrase parses the deadline wording of a task table, relative
// to the plan's year:
//
//	2019年12月31日前, 2019年12月底前, 12月底前, 6月30日前  → a fixed day
//	年底前, 2019年底前                                    → 31 December
//	上半年 / 下半年                                       → 30 June / 31 December
//	第三季度, 一季度                                      → the quarter's last day
//	2019/9/30, 2019.9.30, 2019-09-30, 2019年9月30日       → that day
//	每月, 每季度, 每季度末, 每半年, 每年                  → a recurring duty, due by the cycle's last day
//	每月10日前, 每年11月底前                              → a recurring duty due on that day of its cycle
//	长期坚持, 持续推进                                    → ongoing
//	印发之日起30日内, 自印发之日起3个月内, 10个工作日内  → a period from the plan date
//
// A leading 「到」, 「于」 or 「截至」 (到2019年底), a trailing 「完成」 and
// 「前/之前/以前」 are accepted; digits may be
// full-width and months, days and quarters may be Chinese numerals
// (十二月底前). The returned deadline keeps phrase, trimmed, as its Phrase.
// An unknown or impossible phrase (2月30日) is an error.
func ParseDeadlinePhrase(phrase string, year int) (Deadline, error) {
	orig := strings.TrimSpace(phrase)
	fail := func(reason string) (Deadline, error) {
		return Deadline{}, fmt.Errorf("lawgov: parse deadline %q: %s", orig, reason)
	}
	if year < minYear || year > maxYear {
		return fail(fmt.Sprintf("plan year %d out of range", year))
	}
	s := normalisePhrase(orig)
	if s == "" {
		return fail("empty phrase")
	}
	d, ok, err := parsePhrase(s, year)
	if err != nil {
		return fail(err.Error())
	}
	if !ok {
		return fail("unknown phrase")
	}
	d.Phrase = orig
	return d, nil
}

func parsePhrase(s string, year int) (Deadline, bool, error) {
	for _, p := range ongoingPhrases {
		if s == p {
			return Ongoing(), true, nil
		}
	}
	if m := phrasePeriod.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		if n <= 0 {
			return Deadline{}, false, fmt.Errorf("period of %d", n)
		}
		var p Period
		switch m[2] {
		case "个工作日", "工作日":
			p = WorkingDays(n)
		case "日", "天":
			p = CalendarDays(n)
		case "个月", "月":
			p = Months(n)
		case "年":
			p = Years(n)
		}
		return DeadlineAfter(p), true, nil
	}
	s = trimPhraseSuffix(s)
	if m := phraseRecurring.FindStringSubmatch(s); m != nil {
		return recurringPhrase(m)
	}
	y := func(g string) (int, error) {
		if g == "" {
			return year, nil
		}
		v, _ := strconv.Atoi(g)
		if v < minYear || v > maxYear {
			return 0, fmt.Errorf("year %d out of range", v)
		}
		return v, nil
	}
	if m := phraseNumDate.FindStringSubmatch(s); m != nil {
		if m[2] != m[4] {
			return Deadline{}, false, nil
		}
		yy, err := y(m[1])
		if err != nil {
			return Deadline{}, false, err
		}
		mo, _ := strconv.Atoi(m[3])
		day, _ := strconv.Atoi(m[5])
		d, err := NewDate(yy, time.Month(mo), day)
		if err != nil {
			return Deadline{}, false, fmt.Errorf("no such day %d-%d-%d", yy, mo, day)
		}
		return DeadlineOn(d), true, nil
	}
	if m := phraseYearEnd.FindStringSubmatch(s); m != nil {
		yy, err := y(m[1] + m[2])
		if err != nil {
			return Deadline{}, false, err
		}
		return DeadlineOn(MustDate(yy, time.December, 31)), true, nil
	}
	if m := phraseHalf.FindStringSubmatch(s); m != nil {
		yy, err := y(m[1])
		if err != nil {
			return Deadline{}, false, err
		}
		if m[2] == "上" {
			return DeadlineOn(MustDate(yy, time.June, 30)), true, nil
		}
		return DeadlineOn(MustDate(yy, time.December, 31)), true, nil
	}
	if m := phraseQuarter.FindStringSubmatch(s); m != nil {
		yy, err := y(m[1])
		if err != nil {
			return Deadline{}, false, err
		}
		q, _ := strconv.Atoi(m[2])
		if q < 1 || q > 4 {
			return Deadline{}, false, fmt.Errorf("no quarter %d", q)
		}
		_, end := Quarterly.PeriodOf(MustDate(yy, time.Month(q*3), 1))
		return DeadlineOn(end), true, nil
	}
	if m := phraseMonthDay.FindStringSubmatch(s); m != nil {
		yy, err := y(m[1])
		if err != nil {
			return Deadline{}, false, err
		}
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return Deadline{}, false, fmt.Errorf("no month %d", mo)
		}
		if m[3] == "" {
			return DeadlineOn(MustDate(yy, time.Month(mo), daysIn(yy, time.Month(mo)))), true, nil
		}
		day, _ := strconv.Atoi(m[3])
		d, err := NewDate(yy, time.Month(mo), day)
		if err != nil {
			return Deadline{}, false, fmt.Errorf("no such day %d月%d日", mo, day)
		}
		return DeadlineOn(d), true, nil
	}
	return Deadline{}, false, nil
}

// recurringPhrase builds the deadline of a matched phraseRecurring: the
// cycle, then an optional month (yearly duties only) and day.
func recurringPhrase(m []string) (Deadline, bool, error) {
	d := Deadline{Kind: DeadlineRecurring}
	switch m[1] {
	case "月":
		d.Every = Monthly
	case "季度", "季":
		d.Every = Quarterly
	case "半年":
		d.Every = HalfYearly
	default:
		d.Every = Yearly
	}
	if m[2] != "" {
		mo, _ := strconv.Atoi(m[2])
		if d.Every != Yearly || mo < 1 || mo > 12 {
			return Deadline{}, false, fmt.Errorf("no month %d in a cycle of %s", mo, d.Every.Label())
		}
		d.Month = time.Month(mo)
	}
	if m[3] != "" {
		day, _ := strconv.Atoi(m[3])
		if day < 1 || day > 31 {
			return Deadline{}, false, fmt.Errorf("no day %d", day)
		}
		d.Day = day
	}
	return d, true, nil
}

// trimPhraseSuffix drops a leading 「到」, 「于」 or 「截至」, a trailing
// 「完成」, then 「之前」, 「以前」 or 「前」.
func trimPhraseSuffix(s string) string {
	for _, pre := range [...]string{"截至", "到", "于"} {
		if strings.HasPrefix(s, pre) {
			s = strings.TrimPrefix(s, pre)
			break
		}
	}
	s = strings.TrimSuffix(s, "完成")
	for _, suf := range [...]string{"之前", "以前", "前"} {
		if strings.HasSuffix(s, suf) {
			return strings.TrimSuffix(s, suf)
		}
	}
	return s
}

// normalisePhrase removes spaces, turns full-width digits into ASCII and
// Chinese numerals directly before 月, 日 or 季 into digits.
func normalisePhrase(s string) string {
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\u3000' || r == '\n' || r == '\r':
			continue
		case r >= '０' && r <= '９':
			r = '0' + (r - '０')
		}
		rs = append(rs, r)
	}
	var b strings.Builder
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && cnDigit(rs[j]) >= 0 {
			j++
		}
		if j > i && j < len(rs) && (rs[j] == '月' || rs[j] == '日' || rs[j] == '季') {
			if n, ok := smallCN(rs[i:j]); ok {
				b.WriteString(strconv.Itoa(n))
				i = j
				continue
			}
		}
		if j == i {
			j = i + 1
		}
		b.WriteString(string(rs[i:j]))
		i = j
	}
	return b.String()
}

// cnDigits are the Chinese numeral characters by value, 〇 to 十.
var cnDigits = [...]rune{'〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'}

// cnDigit returns the value of a Chinese numeral character (十 is 10), or -1.
func cnDigit(r rune) int {
	if r == '零' {
		return 0
	}
	for v, c := range cnDigits {
		if r == c {
			return v
		}
	}
	return -1
}

// smallCN parses Chinese numerals from 1 to 99 (十二, 二十一, 三十).
func smallCN(rs []rune) (int, bool) {
	switch len(rs) {
	case 1:
		v := cnDigit(rs[0])
		return v, v > 0
	case 2:
		a, b := cnDigit(rs[0]), cnDigit(rs[1])
		switch {
		case a == 10 && b > 0 && b < 10:
			return 10 + b, true
		case a > 0 && a < 10 && b == 10:
			return a * 10, true
		}
	case 3:
		a, b, c := cnDigit(rs[0]), cnDigit(rs[1]), cnDigit(rs[2])
		if a > 0 && a < 10 && b == 10 && c > 0 && c < 10 {
			return a*10 + c, true
		}
	}
	return 0, false
}
