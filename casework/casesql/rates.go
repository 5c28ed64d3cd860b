package casesql

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/fazhi-go/fazhi/lawgov"
)

// Group is the rates of one group of cases, one per definition of the
// query, in its order: counts, numerator over base, to be rounded at the
// edge like every other lawgov.Rate.
//
// The zero Group has no unit, no year and no rates.
type Group struct {
	Unit  string // ByUnit and ByUnitYear; "" otherwise
	Year  int    // ByYear and ByUnitYear; 0 otherwise
	Rates []lawgov.Rate
}

// Rates runs q on db and returns the groups ordered by unit (as Go orders
// strings, not as the engine's collation does) and year.
func (m Mapping) Rates(ctx context.Context, db *sql.DB, d Dialect, q Query) ([]Group, error) {
	st, err := m.Query(d, q)
	if err != nil {
		return nil, err
	}
	rows, err := db.QueryContext(ctx, st.SQL, st.Args...)
	if err != nil {
		return nil, fmt.Errorf("casesql: rates by %s: %w", q.Grouping, err)
	}
	defer rows.Close()
	var out []Group
	for rows.Next() {
		g := Group{Rates: make([]lawgov.Rate, len(q.Definitions))}
		dest := []any{}
		if q.Grouping.byUnit() {
			dest = append(dest, &g.Unit)
		}
		if q.Grouping.byYear() {
			dest = append(dest, &g.Year)
		}
		for i := range g.Rates {
			dest = append(dest, &g.Rates[i].Num, &g.Rates[i].Den)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("casesql: rates by %s: %w", q.Grouping, err)
		}
		out = append(out, g)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("casesql: rates by %s: %w", q.Grouping, err)
	}
	slices.SortFunc(out, func(a, b Group) int {
		return cmp.Or(cmp.Compare(a.Unit, b.Unit), cmp.Compare(a.Year, b.Year))
	})
	return out, nil
}
