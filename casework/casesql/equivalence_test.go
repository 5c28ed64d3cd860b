package casesql_test

import (
	"bufio"
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/casework/casesql"
	"github.com/fazhi-go/fazhi/lawgov"
)

// equivalenceCases is the size of the generated data set; FAZHI_SQL_CASES
// overrides it (the benchmark figures in the README use 10,000,000).
func equivalenceCases() int {
	if n, err := strconv.Atoi(os.Getenv("FAZHI_SQL_CASES")); err == nil && n > 0 {
		return n
	}
	return 1_000_000
}

// The units of the data set: plain ones and names that would break SQL
// built from strings or a careless CSV writer.
var genUnits = func() []string {
	u := []string{`县"公安'局`, "a,b 镇", `back\slash 局`, "Robert'); DROP TABLE cases;--", "🏛 县政府", "县 自然资源局"}
	for i := len(u); i < 48; i++ {
		u = append(u, fmt.Sprintf("单位%02d", i))
	}
	return u
}()

// genRow is one generated case: the facts of one row of the table.
type genRow struct {
	id                        string
	kind                      casework.Kind
	unit                      string
	instance                  casework.Instance
	received, accepted, concl lawgov.Date
	rcOutcome                 casework.ReconsiderationOutcome
	litOutcome                casework.LitigationOutcome
	indirect, carried, heard  bool
	appeared                  bool
}

// shapes is the number of distinct cases (all facts but the ID) that
// generate draws from. Cases that differ only in their ID have equal
// records, so the Go path validates each shape once, not each of the
// million cases: validation is what makes a host's Go path slow, and the
// database rows are a million either way.
const shapes = 40_000

// generate calls f with n cases from a fixed seed, each with its own ID
// and the facts of one of the shapes: every outcome of both kinds, pending
// cases open across several years, cases concluded on the day received,
// on 31 December and 1 January, leap days, and dates from 2018 to 2029.
// shape is the index of the case's shape.
func generate(n int, f func(r genRow, shape int)) {
	pool := make([]genRow, 0, shapes)
	drawShapes(shapes, func(r genRow) { pool = append(pool, r) })
	rng := rand.New(rand.NewPCG(2026, 15))
	for i := range n {
		k := i
		if i >= shapes {
			k = rng.IntN(shapes)
		}
		r := pool[k]
		r.id = strconv.Itoa(i)
		f(r, k)
	}
}

// drawShapes draws n case shapes.
func drawShapes(n int, f func(genRow)) {
	rng := rand.New(rand.NewPCG(15, 2026))
	first := lawgov.MustDate(2018, time.January, 1)
	rcOutcomes, litOutcomes := casework.ReconsiderationOutcomes(), casework.LitigationOutcomes()
	edges := []lawgov.Date{lawgov.MustDate(2020, 2, 29), lawgov.MustDate(2024, 2, 29), lawgov.MustDate(2019, 12, 31),
		lawgov.MustDate(2020, 1, 1), lawgov.MustDate(2025, 12, 31), lawgov.MustDate(2026, 1, 1), first}
	for i := range n {
		r := genRow{id: strconv.Itoa(i), unit: genUnits[rng.IntN(len(genUnits))], carried: rng.IntN(10) == 0}
		if rng.IntN(50) == 0 {
			r.received = edges[rng.IntN(len(edges))]
		} else {
			r.received = first.AddDays(rng.IntN(9 * 365))
		}
		pending := rng.IntN(7) == 0
		if !pending {
			switch rng.IntN(20) {
			case 0:
				r.concl = r.received
			case 1:
				r.concl = lawgov.MustDate(r.received.Year(), time.December, 31)
			case 2:
				r.concl = lawgov.MustDate(r.received.Year()+1, time.January, 1)
			default:
				r.concl = r.received.AddDays(rng.IntN(800))
			}
		}
		if rng.IntN(2) == 0 {
			r.kind = casework.KindReconsideration
			if rng.IntN(10) < 7 {
				r.accepted = r.received.AddDays(rng.IntN(6))
				if !r.concl.IsZero() && r.accepted.After(r.concl) {
					r.accepted = r.concl
				}
			}
			if !pending {
				r.rcOutcome = rcOutcomes[rng.IntN(len(rcOutcomes))]
				r.indirect = r.rcOutcome == casework.Withdrawn && rng.IntN(3) == 0
			}
		} else {
			r.kind = casework.KindLitigation
			r.instance = casework.Instance(1 + rng.IntN(3))
			if !pending {
				r.litOutcome = litOutcomes[rng.IntN(len(litOutcomes))]
			}
			r.heard = rng.IntN(10) < 6
			r.appeared = r.heard && rng.IntN(10) < 7
		}
		f(r)
	}
}

// record builds the case of r the way a host builds it, and its record.
func (r genRow) record(units *casework.Units) (casework.Record, error) {
	if r.kind == casework.KindReconsideration {
		return casework.Reconsideration{ID: r.id, Unit: r.unit, Received: r.received, Accepted: r.accepted,
			Concluded: r.concl, Outcome: r.rcOutcome, ChangedBeforeWithdrawal: r.indirect, CarriedOver: r.carried}.Record(units.ID(r.unit))
	}
	return casework.Litigation{ID: r.id, Unit: r.unit, Instance: r.instance, Received: r.received, Concluded: r.concl,
		Outcome: r.litOutcome, CarriedOver: r.carried}.RecordAppearance(units.ID(r.unit), r.heard, r.appeared)
}

// dataSet is the generated cases as records (the Go path) and as a CSV
// file of the columns of testMapping (the SQL path).
type dataSet struct {
	units   casework.Units
	records []casework.Record
	csv     string
}

// TestMain removes the data set's file at the end.
func TestMain(m *testing.M) {
	code := m.Run()
	if dataDir != "" {
		_ = os.RemoveAll(dataDir)
	}
	os.Exit(code)
}

// dataDir is the directory of the data set's CSV file, once written.
var dataDir string

var loadDataSet = sync.OnceValues(func() (*dataSet, error) {
	n := equivalenceCases()
	ds := &dataSet{records: make([]casework.Record, 0, n)}
	dir, err := os.MkdirTemp("", "fazhi-cases-")
	if err != nil {
		return nil, err
	}
	dataDir = dir
	ds.csv = filepath.Join(dir, "cases.csv")
	f, err := os.Create(ds.csv)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	var genErr error
	var line []byte
	recs := make([]casework.Record, shapes)
	generate(n, func(r genRow, shape int) {
		if recs[shape] == (casework.Record{}) {
			rec, err := r.record(&ds.units)
			if err != nil && genErr == nil {
				genErr = fmt.Errorf("case %s: %w", r.id, err)
			}
			recs[shape] = rec
		}
		ds.records = append(ds.records, recs[shape])
		line = appendCSV(line[:0], r)
		_, _ = w.Write(line)
	})
	if genErr != nil {
		return nil, genErr
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return ds, f.Close()
})

// testMapping is the shipped schema with the required columns only.
func testMapping() casesql.Mapping {
	m := casesql.DefaultMapping()
	c := &m.Columns
	c.Procedure, c.Knew, c.ExtensionDays, c.ExtensionApproved, c.Level, c.Matter = "", "", "", "", "", ""
	return m
}

// appendCSV writes r as a CSV line: an empty unquoted field is NULL,
// booleans are 1 or 0, text is always quoted with quotes doubled.
func appendCSV(b []byte, r genRow) []byte {
	quote := func(s string) {
		b = append(b, '"')
		b = append(b, strings.ReplaceAll(s, `"`, `""`)...)
		b = append(b, '"', ',')
	}
	date := func(d lawgov.Date) { b, _ = d.AppendText(b); b = append(b, ',') }
	flag := func(v bool, last bool) {
		b = append(b, "01"[btoi(v)])
		if last {
			b = append(b, '\n')
		} else {
			b = append(b, ',')
		}
	}
	quote(r.id)
	quote(r.kind.String())
	quote(r.unit)
	if r.instance.IsValid() {
		quote(r.instance.String())
	} else {
		b = append(b, ',')
	}
	date(r.received)
	date(r.accepted)
	date(r.concl)
	switch {
	case r.rcOutcome.IsValid():
		quote(r.rcOutcome.String())
	case r.litOutcome.IsValid():
		quote(r.litOutcome.String())
	default:
		b = append(b, ',')
	}
	flag(r.indirect, false)
	flag(r.carried, false)
	flag(r.heard, false)
	flag(r.appeared, true)
	return b
}

func btoi(v bool) int {
	if v {
		return 1
	}
	return 0
}

// goAnswers keeps the Go tally's answers, computed once for the three
// engines.
var goAnswers sync.Map

// goGroups is the Go tally's answer to a query, in the order of Rates,
// without the groups whose every rate is 0/0.
func goGroups(ds *dataSet, q casesql.Query) []casesql.Group {
	key := fmt.Sprintf("%s %d %d", q.Grouping, q.FirstYear, q.LastYear)
	for _, d := range q.Definitions {
		key += " " + d.ID
	}
	if v, ok := goAnswers.Load(key); ok {
		return v.([]casesql.Group)
	}
	gs := goGroupsOf(ds, q)
	goAnswers.Store(key, gs)
	return gs
}

func goGroupsOf(ds *dataSet, q casesql.Query) []casesql.Group {
	var out []casesql.Group
	add := func(unit string, year int, t *casework.Tally) {
		g := casesql.Group{Unit: unit, Year: year}
		for _, d := range q.Definitions {
			r, _ := d.Apply(t) // 1,000,000 cases cannot overflow a counter
			g.Rates = append(g.Rates, r)
		}
		out = append(out, g)
	}
	inYears := func(y int) bool {
		return (q.FirstYear == 0 || y >= q.FirstYear) && (q.LastYear == 0 || y <= q.LastYear)
	}
	switch q.Grouping {
	case casesql.Total:
		t := casework.TallyRecords(ds.records)
		add("", 0, &t)
	case casesql.ByUnit:
		for u, t := range casework.ByUnit(ds.records) {
			add(ds.units.Name(u), 0, t)
		}
	case casesql.ByYear:
		var ys casework.Years
		for _, r := range ds.records {
			ys.Add(r)
		}
		for y, t := range ys.Tallies(q.LastYear) {
			if inYears(y) {
				add("", y, t)
			}
		}
	case casesql.ByUnitYear:
		for u, years := range casework.ByUnitYear(ds.records) {
			for y, t := range years {
				if inYears(y) {
					add(ds.units.Name(u), y, t)
				}
			}
		}
	}
	return sortGroups(out)
}

// sortGroups orders groups as Rates does and drops the undefined ones.
func sortGroups(gs []casesql.Group) []casesql.Group {
	gs = slices.DeleteFunc(gs, func(g casesql.Group) bool {
		return !slices.ContainsFunc(g.Rates, func(r lawgov.Rate) bool { return r != lawgov.Rate{} })
	})
	slices.SortFunc(gs, func(a, b casesql.Group) int {
		return cmp.Or(cmp.Compare(a.Unit, b.Unit), cmp.Compare(a.Year, b.Year))
	})
	return gs
}

// checkEquivalence loads the data set with load and checks every shipped
// definition in every grouping, and the streaming loader, against the Go
// tally.
func checkEquivalence(t *testing.T, db *sql.DB, d casesql.Dialect, load func(ctx context.Context, m casesql.Mapping, csv string) error) {
	ctx := context.Background()
	start := time.Now()
	ds, err := loadDataSet()
	require.NoError(t, err)
	t.Logf("generated %d cases in %v", len(ds.records), time.Since(start))

	m := testMapping()
	ddl, err := m.CreateTable(d)
	require.NoError(t, err)
	_, err = db.ExecContext(ctx, ddl)
	require.NoError(t, err)
	start = time.Now()
	require.NoError(t, load(ctx, m, ds.csv))
	var rows int
	require.NoError(t, db.QueryRowContext(ctx, "SELECT COUNT(*) FROM cases").Scan(&rows))
	require.Equal(t, len(ds.records), rows)
	t.Logf("loaded %d rows into %s in %v", rows, d.Label(), time.Since(start))

	defs := casework.Definitions()
	queries := []casesql.Query{}
	for _, g := range casesql.Groupings() {
		queries = append(queries, casesql.Query{Definitions: defs, Grouping: g})
	}
	// Reporting years bounded: pending cases carried over to a year past
	// the data, and a window that starts late.
	queries = append(queries,
		casesql.Query{Definitions: defs, Grouping: casesql.ByYear, FirstYear: 2021, LastYear: 2031},
		casesql.Query{Definitions: defs, Grouping: casesql.ByUnitYear, FirstYear: 2025, LastYear: 2025})
	// One definition alone filters by its kind in the WHERE clause.
	for id, g := range map[string]casesql.Grouping{"reconsideration.closing-rate": casesql.ByUnit, "litigation.appearance-rate": casesql.ByYear} {
		def, _ := casework.LookupDefinition(id)
		queries = append(queries, casesql.Query{Definitions: []casework.Definition{def}, Grouping: g})
	}
	for _, q := range queries {
		name := fmt.Sprintf("%s/%d-definitions/%d-%d", q.Grouping, len(q.Definitions), q.FirstYear, q.LastYear)
		start := time.Now()
		got, err := m.Rates(ctx, db, d, q)
		require.NoError(t, err, name)
		t.Logf("%s: %d groups in %v", name, len(got), time.Since(start))
		want := goGroups(ds, q)
		got = sortGroups(got)
		require.Equal(t, len(want), len(got), name)
		for i := range want {
			if !assert.Equal(t, want[i], got[i], "%s: group %d", name, i) {
				for j, def := range q.Definitions {
					if want[i].Rates[j] != got[i].Rates[j] {
						t.Logf("%s: %s %q %d: Go %v, SQL %v", name, def.ID, want[i].Unit, want[i].Year, want[i].Rates[j], got[i].Rates[j])
					}
				}
				t.FailNow()
			}
		}
	}
	assert.Greater(t, len(goGroups(ds, casesql.Query{Definitions: defs, Grouping: casesql.ByUnitYear})), 400, "the data set spans many unit-years")

	// The streaming loader gives the Go tally of the same cases: those of
	// one unit, whose name needs quoting, copied into a second table (the
	// loader validates every case, which is the slow part of the Go path,
	// already measured by the generation above).
	sample := genUnits[0]
	_, err = db.ExecContext(ctx, "CREATE TABLE sample AS SELECT * FROM cases WHERE unit = "+placeholder(d, 1), sample)
	require.NoError(t, err)
	var want casework.Tally
	id := ds.units.ID(sample)
	for _, r := range ds.records {
		if r.Unit() == id {
			want.Add(r)
		}
	}
	start = time.Now()
	sm := m
	sm.Table = "sample"
	var units casework.Units
	tally, err := sm.LoadTally(ctx, db, d, &units)
	require.NoError(t, err)
	assert.Equal(t, want, tally)
	assert.Equal(t, 1, units.Len())
	t.Logf("loader read %d cases in %v", want.Reconsideration.Received+want.Reconsideration.CarriedOver+
		want.Litigation.Received+want.Litigation.CarriedOver, time.Since(start))
}

func placeholder(d casesql.Dialect, n int) string {
	if d == casesql.MySQL {
		return "?"
	}
	return "$" + strconv.Itoa(n)
}

func TestSQLEquivalenceDuckDB(t *testing.T) {
	db := openDuckDB(t)
	checkEquivalence(t, db, casesql.DuckDB, func(ctx context.Context, _ casesql.Mapping, csv string) error {
		// The path is the test's own temporary file; COPY takes no parameters.
		_, err := db.ExecContext(ctx, "COPY cases FROM '"+csv+"' (FORMAT csv, HEADER false)")
		return err
	})
}

func TestSQLEquivalencePostgres(t *testing.T) {
	db := startPostgres(t)
	checkEquivalence(t, db, casesql.PostgreSQL, func(ctx context.Context, m casesql.Mapping, csv string) error {
		return copyPostgres(ctx, db, csv, "COPY cases FROM STDIN WITH (FORMAT csv)")
	})
}

func TestSQLEquivalenceMySQL(t *testing.T) {
	db := startMariaDB(t)
	checkEquivalence(t, db, casesql.MySQL, func(ctx context.Context, m casesql.Mapping, csv string) error {
		mysql.RegisterLocalFile(csv)
		defer mysql.DeregisterLocalFile(csv)
		_, err := db.ExecContext(ctx, "LOAD DATA LOCAL INFILE '"+csv+"' INTO TABLE cases CHARACTER SET utf8mb4"+
			` FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' ESCAPED BY '' LINES TERMINATED BY '\n'`+
			" (id, kind, unit, @instance, received, @accepted, @concluded, @outcome, changed_before_withdrawal, carried_over, heard, appeared)"+
			" SET instance = NULLIF(@instance, ''), accepted = NULLIF(@accepted, ''), concluded = NULLIF(@concluded, ''), outcome = NULLIF(@outcome, '')")
		return err
	})
}
