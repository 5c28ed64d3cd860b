// Package cnnum renders integers as Chinese numerals (中文数字) the way legal
// texts number their articles: 第十条, 第二十一条, 第一百零一条, 第二百零二条.
package cnnum

import "strings"

var digitsCN = [...]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
var unitsCN = [...]string{"", "十", "百", "千"}

// Format returns n in Chinese numerals. Numbers from 10 to 19 drop the
// leading 一 (十, 十一 … 十九), as statute numbering does. Zero is 零 and
// negative numbers take the prefix 负. Numbers of 10,000 and above use 万 and
// 亿 groups.
func Format(n int) string {
	if n == 0 {
		return "零"
	}
	var b strings.Builder
	if n < 0 {
		b.WriteString("负")
		n = -n
	}
	groups := []struct {
		div  int
		unit string
	}{{100000000, "亿"}, {10000, "万"}, {1, ""}}
	started, pendingZero := false, false
	for _, g := range groups {
		part := n / g.div % 10000
		if g.div == 100000000 {
			part = n / g.div
		}
		if part == 0 {
			if started {
				pendingZero = true
			}
			continue
		}
		if started && (pendingZero || part < 1000) {
			b.WriteString("零")
		}
		writeGroup(&b, part, !started)
		b.WriteString(g.unit)
		started, pendingZero = true, false
	}
	return b.String()
}

// writeGroup renders 1..9999 (or more for the top 亿 group, recursively).
func writeGroup(b *strings.Builder, n int, leading bool) {
	if n >= 10000 {
		b.WriteString(Format(n))
		return
	}
	zero := false
	wrote := false
	for p := 3; p >= 0; p-- {
		pow := 1
		for i := 0; i < p; i++ {
			pow *= 10
		}
		dgt := n / pow % 10
		if dgt == 0 {
			if wrote {
				zero = true
			}
			continue
		}
		if zero {
			b.WriteString("零")
			zero = false
		}
		if !(p == 1 && dgt == 1 && leading && !wrote) {
			b.WriteString(digitsCN[dgt])
		}
		b.WriteString(unitsCN[p])
		wrote = true
	}
}
