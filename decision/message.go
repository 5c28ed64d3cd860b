package decision

import (
	"strconv"
	"strings"

	"github.com/fazhi-go/fazhi/lawgov"
)

// msg is the arena that a check run writes every finding message into. All
// messages of one report share one buffer, and each finding's message is a
// substring of it, so a check allocates its messages once whatever the
// number of rules, and never copies them.
type msg struct{ b strings.Builder }

func (m *msg) s(x string) *msg { m.b.WriteString(x); return m }

func (m *msg) n(x int) *msg {
	var tmp [20]byte
	m.b.Write(strconv.AppendInt(tmp[:0], int64(x), 10))
	return m
}

// d appends a date as 2006-01-02, or 「（未记录）」 for the zero Date.
func (m *msg) d(x lawgov.Date) *msg {
	if x.IsZero() {
		m.b.WriteString("（未记录）")
		return m
	}
	y, mo, dd := x.Date()
	tmp := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(mo)/10), byte('0' + int(mo)%10), '-', byte('0' + dd/10), byte('0' + dd%10)}
	m.b.Write(tmp[:])
	return m
}

func (m *msg) len() int { return m.b.Len() }
