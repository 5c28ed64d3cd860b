package lawgov_test

import (
	"encoding/json"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProvenanceJSON(t *testing.T) {
	cal := lawgov.OfficialCalendar()
	r := lawgov.Report{Subject: "x", AsOf: lawgov.MustDate(2024, 3, 1), Findings: []lawgov.Finding{}}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.NotContains(t, string(b), "provenance", "a report without provenance keeps its old form")

	r = r.WithProvenance(lawgov.NewProvenance(cal, lawgov.PackRef{ID: "hb-chibi", Version: "2019.1"}, lawgov.PackRef{ID: "cn", Version: "2026.1"}))
	b, err = json.Marshal(r)
	require.NoError(t, err)
	var got struct {
		Provenance struct {
			Packs []struct {
				ID      string `json:"id"`
				Version string `json:"version"`
			} `json:"packs"`
			Calendar string `json:"calendar"`
			Module   string `json:"module"`
		} `json:"provenance"`
	}
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, lawgov.CalendarDataVersion, got.Provenance.Calendar)
	assert.Equal(t, lawgov.Version, got.Provenance.Module)
	require.Len(t, got.Provenance.Packs, 2)
	assert.Equal(t, "hb-chibi", got.Provenance.Packs[0].ID)
	assert.Equal(t, "2026.1", got.Provenance.Packs[1].Version)
	assert.Equal(t, "规则包 hb-chibi@2019.1、cn@2026.1；日历数据 "+lawgov.CalendarDataVersion+"；程序版本 "+lawgov.Version, r.Provenance.String())

	empty := lawgov.NewProvenance(nil)
	b, err = json.Marshal(empty)
	require.NoError(t, err)
	assert.JSONEq(t, `{"packs":[],"calendar":"","module":"`+lawgov.Version+`"}`, string(b))
	assert.True(t, lawgov.Provenance{}.IsZero())
	assert.False(t, empty.IsZero())
}
