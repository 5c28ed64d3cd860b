// Package casesql computes the named rate definitions of casework (口径)
// inside a database, so that a rate counted in a warehouse equals the rate
// the Go tally counts from the same cases, and reads cases from a database
// into the Go path.
//
// It holds four things:
//
//   - a documented case schema: [Mapping.CreateTable] writes the DDL for
//     PostgreSQL, MySQL and DuckDB, one row per reconsideration case or
//     litigation instance;
//   - a [Mapping] from that schema to a host's own table and column names,
//     every name checked ([IdentifierError]) and quoted for the dialect;
//   - SQL rendering: [Mapping.Query] turns any casework.Definition, shipped
//     or host-made, and a [Grouping] (total, by unit, by year, by unit and
//     year, with casework.ByYear's year rule for carried-over cases) into
//     a statement that returns the numerator and base per group, every
//     value a bind parameter; [Mapping.Rates] runs it;
//   - a streaming loader: [Mapping.Load] reads rows through the mapping
//     into validated cases and casework records, one at a time.
//
// # Dialects
//
// PostgreSQL covers PostgreSQL 12 and later and the engines built on it
// (openGauss, KingbaseES, HighGo, Greenplum); MySQL covers MySQL 8 and
// MariaDB 10.2 and later; DuckDB the embedded engine. The statements use
// only common SQL: common table expressions (the years come from a table
// of digits), GROUP BY, SUM over CASE, COALESCE, GREATEST and CAST, and the
// year of a DATE (date_part, YEAR or year). The tests run them on PostgreSQL 15,
// MariaDB 10.11 and DuckDB 1.x; MySQL-compatible distributed engines (TiDB,
// OceanBase in MySQL mode, Doris, StarRocks) document support for each of
// these constructs but were not run here.
//
// # How a definition becomes SQL
//
// Definition.Apply adds and subtracts counters of casework.Counts: outcome
// slots and measures. The renderer finds those coefficients by applying
// the definition to tallies with one counter set, checks that the result
// is linear, and writes one CASE per counter with the row condition that
// casework.Record gives it: an outcome code, the acceptance date, a flag
// column, and in a by-year grouping the year of receipt or conclusion. A
// definition made later from the same parts renders unchanged; one that
// reads a counter the renderer does not know is refused with an error,
// never rendered wrongly.
//
// The statements assume the rows the loader accepts: an outcome code of
// the row's kind exactly when the case has concluded (NULL while pending),
// dates in order. Run [Mapping.Load] over a table once to find the rows
// that are not.
package casesql
