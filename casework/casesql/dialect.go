package casesql

import (
	"strconv"
	"strings"

	"github.com/fazhi-go/fazhi/internal/enum"
)

// Dialect is the SQL dialect a statement is written in. The zero Dialect is
// unspecified and invalid.
type Dialect uint8

// The dialects.
const (
	DialectUnspecified Dialect = iota
	// PostgreSQL is PostgreSQL 12 or later, and the engines that speak its
	// dialect (openGauss, KingbaseES, HighGo, Greenplum): identifiers in
	// double quotes, parameters $1, $2, ….
	PostgreSQL
	// MySQL is MySQL 8 and MariaDB 10.2 or later (common table
	// expressions), and the MySQL-compatible engines (TiDB, OceanBase in
	// MySQL mode, Doris, StarRocks): identifiers in backquotes, parameters ?.
	MySQL
	// DuckDB is DuckDB 1.x: identifiers in double quotes, parameters $1, $2, ….
	DuckDB
)

var dialectNames = enum.New[Dialect]("casesql", "dialect", "Dialect", []enum.Entry{
	PostgreSQL: {Code: "postgres", Label: "PostgreSQL"},
	MySQL:      {Code: "mysql", Label: "MySQL"},
	DuckDB:     {Code: "duckdb", Label: "DuckDB"},
})

// String returns the stable code: "postgres", "mysql" or "duckdb".
func (d Dialect) String() string { return dialectNames.String(d) }

// Label returns the product name, e.g. PostgreSQL.
func (d Dialect) Label() string { return dialectNames.Label(d) }

// IsValid reports whether d is a defined dialect.
func (d Dialect) IsValid() bool { return dialectNames.Valid(d) }

// MarshalText implements encoding.TextMarshaler.
func (d Dialect) MarshalText() ([]byte, error) { return dialectNames.MarshalText(d) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Dialect) UnmarshalText(b []byte) error {
	v, err := dialectNames.Parse(b)
	*d = v
	return err
}

// ParseDialect parses a dialect code such as "postgres".
func ParseDialect(s string) (Dialect, error) { return dialectNames.Parse([]byte(s)) }

// quote returns the identifier name quoted for d. name has passed
// checkIdent, so it holds no quote character; doubling is defence in depth.
func (d Dialect) quote(name string) string {
	if d == MySQL {
		return "`" + strings.ReplaceAll(name, "`", "``") + "`"
	}
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// placeholder returns the n-th (1-based) bind parameter.
func (d Dialect) placeholder(n int) string {
	if d == MySQL {
		return "?"
	}
	return "$" + strconv.Itoa(n)
}

// year returns the calendar year of the DATE expression e, as an integer.
func (d Dialect) year(e string) string {
	switch d {
	case MySQL:
		return "YEAR(" + e + ")"
	case DuckDB:
		return "CAST(year(" + e + ") AS INTEGER)"
	}
	// date_part returns double precision; EXTRACT returns numeric since
	// PostgreSQL 14, which is several times slower to compute and group.
	return "CAST(date_part('year', " + e + ") AS INTEGER)"
}

// bigint is the name of the 64-bit integer type in CAST (SUM returns
// DECIMAL in MySQL and HUGEINT in DuckDB; the counts are scanned as int64).
func (d Dialect) bigint() string {
	if d == MySQL {
		return "SIGNED"
	}
	return "BIGINT"
}
