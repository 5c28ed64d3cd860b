package lawgov_test

import (
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
)

// FuzzParseDeadlinePhrase checks that the parser never panics, that a parsed
// deadline is valid and keeps its phrase, and that parsing is deterministic.
func FuzzParseDeadlinePhrase(f *testing.F) {
	for _, s := range []string{
		"2019年12月31日前", "2019年12月底前", "12月底前", "6月30日前", "年底前", "上半年", "第三季度",
		"每季度", "每月", "长期坚持", "持续推进", "自印发之日起3个月内", "10个工作日内",
		"2月29日前",    // not a leap year in 2019
		"十二月底前完成",   // Chinese numerals
		"１２月３１日前",   // full-width digits
		"二十一月底前",    // month 21
		"9999年第四季度", // the last cycle of the last supported year
		"9999年底前", "印发之日起9999年内", "第0季度", "",
		"每月10日前", "每年11月底前", "每季度末", "每半年", "每月31日前", "每年2月29日前", // dated cycles
		"2019/9/30", "2019.2.29", "2019-9/30", "到2019年底", // Excel's date text

	} {
		f.Add(s, 2019)
	}
	f.Add("2月29日前", 2020)
	f.Fuzz(func(t *testing.T, s string, year int) {
		d1, err := lawgov.ParseDeadlinePhrase(s, year)
		d2, err2 := lawgov.ParseDeadlinePhrase(s, year)
		if (err == nil) != (err2 == nil) || d1 != d2 {
			t.Fatalf("not deterministic for %q", s)
		}
		if err != nil {
			return
		}
		if !d1.IsValid() {
			t.Fatalf("%q: invalid deadline %+v", s, d1)
		}
		if d1.Phrase != strings.TrimSpace(s) {
			t.Fatalf("%q: phrase %q", s, d1.Phrase)
		}
	})
}
