package lawgov_test

import (
	"os"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
	"github.com/stretchr/testify/require"
)

// chibiMeta is the plan data of 赤政发〔2019〕7号 that the table does not carry.
var chibiMeta = lawgov.Plan{
	Year:     2019,
	Issuer:   "赤壁市人民政府",
	Document: "赤政发〔2019〕7号",
	Title:    "赤壁市2019年推进依法行政建设法治政府工作要点",
	Date:     lawgov.MustDate(2019, 7, 5),
}

func chibiDirectory(t testing.TB) *lawgov.Directory {
	t.Helper()
	f, err := os.Open("testdata/plans/chibi-2019-units.csv")
	require.NoError(t, err)
	defer f.Close()
	units, err := tasktable.ReadUnits(f, tasktable.Options{})
	require.NoError(t, err)
	dir, err := lawgov.NewDirectory(units)
	require.NoError(t, err)
	return dir
}

func chibiPlan(t testing.TB, dir *lawgov.Directory) lawgov.Plan {
	t.Helper()
	f, err := os.Open("testdata/plans/chibi-2019-tasks.csv")
	require.NoError(t, err)
	defer f.Close()
	res, err := tasktable.ReadCSV(f, chibiMeta, dir, tasktable.Options{})
	require.NoError(t, err)
	return res.Plan
}
