package decision

import (
	"strconv"

	"github.com/fazhi-go/fazhi/lawgov"
)

// msg is the buffer that a check run writes every finding message into. All
// messages of one report are written one after another and become one string
// at the end of the run; each finding's message is a substring of it, so a
// check allocates its messages once whatever the number of rules. The
// buffer itself is kept with the pooled run and reused.
type msg struct{ b []byte }

func (m *msg) s(x string) *msg { m.b = append(m.b, x...); return m }

func (m *msg) n(x int) *msg { m.b = strconv.AppendInt(m.b, int64(x), 10); return m }

// d appends a date as 2006-01-02, or 「（未记录）」 for the zero Date.
func (m *msg) d(x lawgov.Date) *msg {
	if x.IsZero() {
		m.b = append(m.b, "（未记录）"...)
		return m
	}
	m.b, _ = x.AppendText(m.b)
	return m
}

func (m *msg) len() int { return len(m.b) }
