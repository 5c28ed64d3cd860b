package tasktable_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/tasktable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// expectedFile is the expected parse of one sample in testdata/expected.json:
// task tables saved by LibreOffice Calc in the shapes of Excel and WPS files.
type expectedFile struct {
	Sheet      string `json:"sheet"`
	HeaderRows []int  `json:"header_rows"`
	Tasks      []struct {
		ID          string          `json:"id"`
		Section     string          `json:"section"`
		Title       string          `json:"title"`
		Lead        lawgov.UnitID   `json:"lead"`
		Responsible []lawgov.UnitID `json:"responsible"`
		Cooperating []lawgov.UnitID `json:"cooperating"`
		Deadline    struct {
			Cell        string `json:"cell"`
			Date        string `json:"date"`
			Ongoing     bool   `json:"ongoing"`
			Every       string `json:"every"`
			DayOfPeriod int    `json:"day_of_period"`
		} `json:"deadline"`
	} `json:"tasks"`
}

// sampleDirectory reads the unit directory of the samples, a GB18030 CSV.
func sampleDirectory(t testing.TB) *lawgov.Directory {
	t.Helper()
	f, err := os.Open("testdata/units-gb18030.csv")
	require.NoError(t, err)
	defer f.Close()
	units, err := tasktable.ReadUnits(f, tasktable.Options{})
	require.NoError(t, err)
	require.Len(t, units, 16)
	dir, err := lawgov.NewDirectory(units)
	require.NoError(t, err)
	return dir
}

func TestSamples(t *testing.T) {
	raw, err := os.ReadFile("testdata/expected.json")
	require.NoError(t, err)
	var all map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(raw, &all))
	dir := sampleDirectory(t)
	names := make([]string, 0, len(all))
	for name := range all {
		if filepath.Ext(name) != ".json" && name != "units-gb18030.csv" && name[0] != '_' {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	require.Len(t, names, 12)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			var want expectedFile
			require.NoError(t, json.Unmarshal(all[name], &want))
			f, err := os.Open(filepath.Join("testdata", name))
			require.NoError(t, err)
			defer f.Close()
			res, err := tasktable.Read(f, chibiMeta, dir, tasktable.Options{File: name})
			if filepath.Ext(name) == ".xls" {
				// BIFF workbooks are recognised and refused with a way out.
				require.ErrorIs(t, err, tasktable.ErrLegacyFormat)
				assert.Contains(t, err.Error(), "save it as .xlsx")
				assert.Contains(t, err.Error(), name)
				return
			}
			require.NoError(t, err)
			if filepath.Ext(name) == ".xlsx" {
				assert.Equal(t, want.Sheet, res.Sheet)
			}
			assert.Equal(t, want.HeaderRows, res.HeaderRows)
			require.Len(t, res.Plan.Tasks, len(want.Tasks))
			for i, wt := range want.Tasks {
				got := res.Plan.Tasks[i]
				assert.Equal(t, wt.ID, got.ID)
				assert.Equal(t, wt.Section, got.Section, wt.ID)
				assert.Equal(t, wt.Title, got.Title, wt.ID)
				assert.Equal(t, wt.Lead, got.Lead, wt.ID)
				assert.Equal(t, wt.Responsible, nonNil(got.Responsible), wt.ID)
				assert.Equal(t, wt.Cooperating, nonNil(got.Cooperating), wt.ID)
				dl := got.Deadline
				switch {
				case wt.Deadline.Date != "":
					assert.Equal(t, lawgov.DeadlineDate, dl.Kind, wt.ID)
					assert.Equal(t, lawgov.MustParseDate(wt.Deadline.Date), dl.On, wt.ID)
				case wt.Deadline.Ongoing:
					assert.Equal(t, lawgov.DeadlineOngoing, dl.Kind, wt.ID)
				default:
					assert.Equal(t, lawgov.DeadlineRecurring, dl.Kind, wt.ID)
					assert.Equal(t, wt.Deadline.Every, dl.Every.String(), wt.ID)
					assert.Equal(t, wt.Deadline.DayOfPeriod, dl.Day, wt.ID)
				}
				assert.Equal(t, wt.Deadline.Cell, dl.Phrase, wt.ID)
			}
		})
	}
}

func nonNil(u []lawgov.UnitID) []lawgov.UnitID {
	if u == nil {
		return []lawgov.UnitID{}
	}
	return u
}
