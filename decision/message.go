package decision

import "github.com/fazhi-go/fazhi/lawgov"

// msg is the message writer of a check run: the run's
// lawgov.ReportBuilder under short method names, so that the rules read
// as the sentences they write. A run made for a verdict writes nothing.
type msg lawgov.ReportBuilder

// b returns the builder m is.
func (m *msg) b() *lawgov.ReportBuilder { return (*lawgov.ReportBuilder)(m) }

func (m *msg) s(x string) *msg { m.b().Text(x); return m }

func (m *msg) n(x int) *msg { m.b().Int(x); return m }

// d appends a date as 2006-01-02, or 「（未记录）」 for the zero Date.
func (m *msg) d(x lawgov.Date) *msg {
	if x.IsZero() {
		m.b().Text("（未记录）")
		return m
	}
	m.b().Date(x)
	return m
}
