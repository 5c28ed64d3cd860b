package cnnum

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFormat(t *testing.T) {
	cases := map[int]string{
		0: "零", 1: "一", 10: "十", 11: "十一", 16: "十六", 20: "二十", 21: "二十一",
		42: "四十二", 85: "八十五", 100: "一百", 101: "一百零一", 110: "一百一十",
		119: "一百一十九", 202: "二百零二", 203: "二百零三", 1000: "一千", 1001: "一千零一",
		1010: "一千零一十", 1260: "一千二百六十", 10000: "一万", 10001: "一万零一",
		100000: "十万", 120000: "十二万", 1015: "一千零一十五", -3: "负三",
	}
	for n, want := range cases {
		assert.Equal(t, want, Format(n), "n=%d", n)
	}
}
