package lawgov_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
)

// bigLedger builds a ledger of 2,000 tasks over 100 units (each task with a
// lead and four responsible units, a mix of deadline kinds and quotas) and
// 200,000 events spread over 2019.
func bigLedger(b *testing.B) *lawgov.Ledger {
	b.Helper()
	const nUnits, nTasks, nEvents = 100, 2000, 200000
	units := []lawgov.Unit{{ID: "gov", Name: "人民政府", Kind: lawgov.UnitGovernment, Level: lawgov.LevelCounty}}
	for i := 0; i < nUnits-1; i++ {
		units = append(units, lawgov.Unit{ID: lawgov.UnitID(fmt.Sprintf("u%02d", i)), Name: fmt.Sprintf("部门%02d", i), Kind: lawgov.UnitDepartment, Level: lawgov.LevelCounty, Parent: "gov"})
	}
	dir, err := lawgov.NewDirectory(units)
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	p := chibiMeta
	p.Date = lawgov.MustDate(2019, 1, 10)
	deadlines := []lawgov.Deadline{
		lawgov.DeadlineOn(lawgov.MustDate(2019, 6, 30)), lawgov.DeadlineOn(lawgov.MustDate(2019, 12, 31)),
		lawgov.DeadlineAfter(lawgov.Months(3)), lawgov.DeadlineEvery(lawgov.Quarterly), lawgov.DeadlineEvery(lawgov.Monthly), lawgov.Ongoing(),
	}
	for i := 0; i < nTasks; i++ {
		t := lawgov.Task{ID: fmt.Sprintf("T%04d", i), Title: "任务", Section: fmt.Sprintf("S%d", i%9), Deadline: deadlines[i%len(deadlines)]}
		for k := 0; k < 5; k++ {
			u := units[1+(i*7+k*13)%(nUnits-1)].ID
			if k == 0 {
				t.Lead = u
			}
			t.Responsible = append(t.Responsible, u)
		}
		if i%4 == 0 {
			t.Quota = lawgov.Quota{Min: 4, Measure: "次", Scope: lawgov.QuotaPerUnit}
		}
		p.Tasks = append(p.Tasks, t)
	}
	l, err := lawgov.NewLedger(p, dir, lawgov.LedgerConfig{})
	if err != nil {
		b.Fatal(err)
	}
	evs := make([]lawgov.Event, nEvents)
	start := lawgov.MustDate(2019, 1, 10)
	for i := range evs {
		t := p.Tasks[rng.IntN(nTasks)]
		kind := lawgov.EventCount
		if r := rng.IntN(10); r == 0 && t.Deadline.Kind != lawgov.DeadlineOngoing {
			kind = lawgov.EventDone
		} else if r == 1 {
			kind = lawgov.EventEvidence
		}
		evs[i] = lawgov.Event{Date: start.AddDays(i * 350 / nEvents), Task: t.ID, Unit: t.Responsible[rng.IntN(5)], Kind: kind, Count: 1}
	}
	if err := l.Apply(evs...); err != nil {
		b.Fatal(err)
	}
	return l
}

// benchLedger runs query on the big ledger as of 2019-10-15, b.N times.
func benchLedger(b *testing.B, query func(l *lawgov.Ledger, asOf lawgov.Date) error) {
	l := bigLedger(b)
	asOf := lawgov.MustDate(2019, 10, 15)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := query(l, asOf); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLedgerEverything answers "state of everything as of a date": every
// task's state, and every unit's completion figures. Target: < 50 ms.
func BenchmarkLedgerEverything(b *testing.B) {
	benchLedger(b, func(l *lawgov.Ledger, asOf lawgov.Date) error {
		if _, err := l.Tasks(asOf); err != nil {
			return err
		}
		_, err := l.Completion(asOf)
		return err
	})
}

// BenchmarkLedgerTaskState answers one task's state. Target: < 1 µs.
func BenchmarkLedgerTaskState(b *testing.B) {
	benchLedger(b, func(l *lawgov.Ledger, asOf lawgov.Date) error {
		_, err := l.TaskState("T1234", asOf)
		return err
	})
}

// BenchmarkLedgerCheck renders the findings of every task.
func BenchmarkLedgerCheck(b *testing.B) {
	benchLedger(b, func(l *lawgov.Ledger, asOf lawgov.Date) error {
		_, err := l.Check(asOf)
		return err
	})
}

// BenchmarkParseDeadlinePhrase parses one phrase of a task table.
func BenchmarkParseDeadlinePhrase(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := lawgov.ParseDeadlinePhrase("2019年12月底前", 2019); err != nil {
			b.Fatal(err)
		}
	}
}
