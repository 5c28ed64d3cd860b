package lawgov

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// Scan implements database/sql.Scanner, so a Date can be read from an SQL
// DATE column. It accepts NULL (the zero Date), a time.Time, whose own
// year, month and day are taken as they are, with no conversion to another
// time zone (drivers return a DATE as midnight UTC or in the connection's
// location; either way the calendar day is the stored one), and the text
// "2006-01-02" as a string or []byte (drivers that return dates as text).
// A time.Time with a clock reading other than midnight is rejected: it is a
// timestamp, not a day, and taking its date would pick a time zone.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case time.Time:
		if h, m, s := v.Clock(); h != 0 || m != 0 || s != 0 || v.Nanosecond() != 0 {
			return &DateError{Input: v.Format(time.RFC3339Nano), Reason: "a timestamp, not a calendar day"}
		}
		y, mo, dd := v.Date()
		p, err := NewDate(y, mo, dd)
		if err != nil {
			return err
		}
		*d = p
		return nil
	case string:
		return d.scanText(v)
	case []byte:
		return d.scanText(string(v))
	}
	return &DateError{Input: fmt.Sprintf("%T", src), Reason: "cannot scan this type into a date"}
}

func (d *Date) scanText(s string) error {
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// Value implements database/sql/driver.Valuer: the zero Date is NULL, any
// other the text "2006-01-02", which PostgreSQL, MySQL and DuckDB take for
// a DATE parameter without any time zone involved.
func (d Date) Value() (driver.Value, error) {
	if d.n == 0 {
		return nil, nil
	}
	if !d.IsValid() {
		return nil, &DateError{Input: fmt.Sprint(d.n), Reason: "not a valid date"}
	}
	return d.String(), nil
}
