package lawgov_test

import (
	"database/sql"
	"database/sql/driver"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/fazhi-go/fazhi/lawgov"
)

var (
	_ sql.Scanner   = (*lawgov.Date)(nil)
	_ driver.Valuer = lawgov.Date{}
)

func TestDateSQLScan(t *testing.T) {
	want := lawgov.MustDate(2024, time.February, 29)
	for _, tt := range []struct {
		name string
		src  any
		want lawgov.Date
	}{
		{"null", nil, lawgov.Date{}},
		{"midnight UTC", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), want},
		// A driver that returns DATE as midnight in the connection's zone:
		// the day stays the stored day, whatever the zone.
		{"midnight west of UTC", time.Date(2024, 2, 29, 0, 0, 0, 0, time.FixedZone("", -10*3600)), want},
		{"midnight east of UTC", time.Date(2024, 2, 29, 0, 0, 0, 0, time.FixedZone("", 14*3600)), want},
		{"string", "2024-02-29", want},
		{"bytes", []byte("2024-02-29"), want},
		{"first day", "0001-01-01", lawgov.MustDate(1, time.January, 1)},
		{"last day", "9999-12-31", lawgov.MustDate(9999, time.December, 31)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := lawgov.MustDate(2000, 1, 1) // overwritten, also by NULL
			require.NoError(t, d.Scan(tt.src))
			assert.Equal(t, tt.want, d)
		})
	}
	for _, tt := range []struct {
		name string
		src  any
	}{
		{"impossible day", "2023-02-29"},
		{"datetime text", "2024-02-29 00:00:00"},
		{"timestamp", time.Date(2024, 2, 29, 23, 0, 0, 0, time.UTC)},
		{"integer", int64(20240229)},
		{"year zero", time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run("reject "+tt.name, func(t *testing.T) {
			d := want
			err := d.Scan(tt.src)
			var de *lawgov.DateError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, want, d, "a failed scan leaves the date unchanged")
		})
	}
}

func TestDateSQLValue(t *testing.T) {
	v, err := lawgov.Date{}.Value()
	require.NoError(t, err)
	assert.Nil(t, v, "the zero Date is NULL")

	d := lawgov.MustDate(2025, time.January, 1)
	v, err = d.Value()
	require.NoError(t, err)
	assert.Equal(t, "2025-01-01", v)

	var back lawgov.Date
	require.NoError(t, back.Scan(v))
	assert.Equal(t, d, back, "Scan∘Value is the identity")
}
