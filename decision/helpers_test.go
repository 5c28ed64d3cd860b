package decision

import (
	"errors"
	"os"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/require"
)

// asOf is the as-of date of the tests: the end of 2024, after every step of
// the test records.
var asOf = lawgov.MustDate(2024, 12, 31)

// load parses a decision record from testdata; every call returns fresh
// step pointers, so a test may change them.
func load(t require.TestingT, name string) Decision {
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	d, err := ParseDecision(b)
	require.NoError(t, err)
	return d
}

func complete(t require.TestingT) Decision { return load(t, "parking-complete.json") }

func date(s string) lawgov.Date { return lawgov.MustParseDate(s) }

func errorsIsNoData(err error) bool { return errors.Is(err, lawgov.ErrNoCalendarData) }
