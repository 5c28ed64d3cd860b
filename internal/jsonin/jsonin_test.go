package jsonin_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/internal/jsonin"
	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type item struct {
	Concluded lawgov.Date       `json:"concluded"`
	Unit      lawgov.PeriodUnit `json:"unit"`
	Note      string            `json:"note,omitempty"`
}

type body struct {
	N     int               `json:"n"`
	Items []item            `json:"items"`
	Tags  map[string]string `json:"tags"`
	Next  *item             `json:"next"`
	Base
}

type Base struct {
	Year int `json:"year"`
}

type problem struct{ Field, Rule, Value string }

func problems(t *testing.T, err error) []problem {
	t.Helper()
	var ie *lawgov.InvalidInputError
	require.ErrorAs(t, err, &ie)
	var out []problem
	for _, f := range ie.Fields {
		out = append(out, problem{f.Field, f.Rule, f.Value})
	}
	return out
}

func TestDecode(t *testing.T) {
	var b body
	require.NoError(t, jsonin.Decode(strings.NewReader(`{"n":3,"items":[{"concluded":"2024-03-01","unit":"working_days"}],"tags":{"a":"b"},"next":{"concluded":null},"year":2024}`), &b, 0))
	assert.Equal(t, 3, b.N)
	assert.Equal(t, lawgov.MustParseDate("2024-03-01"), b.Items[0].Concluded)
	assert.Equal(t, lawgov.UnitWorkingDays, b.Items[0].Unit)
	assert.Equal(t, map[string]string{"a": "b"}, b.Tags)
	assert.Equal(t, 2024, b.Year, "embedded fields are flattened")
	require.NotNil(t, b.Next)
}

func TestDecodeEveryProblem(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     []problem
	}{
		{"case variant", `{"n":15,"N":30}`, []problem{{"N", "case", ""}}},
		{"duplicate", `{"n":15,"n":30}`, []problem{{"n", "duplicate", ""}}},
		{"dates and enums in a list", `{"items":[{},{},{},{"concluded":"2024-02-30","unit":"weeks"}]}`,
			[]problem{{"items[3].concluded", "date", "2024-02-30"}, {"items[3].unit", "enum", "weeks"}}},
		{"kinds", `{"n":"15","items":{},"tags":{"a":1},"next":{"note":false}}`,
			[]problem{{"n", "type", "string"}, {"items", "type", "object"}, {"tags[a]", "type", "number"}, {"next.note", "type", "boolean"}}},
		{"unknown and range", `{"nn":1,"n":1e400,"year":99999999999999999999}`,
			[]problem{{"nn", "unknown", ""}, {"n", "type", "number"}, {"year", "range", "99999999999999999999"}}},
		{"syntax", `{"n":1,}`, []problem{{"", "syntax", ""}}},
		{"empty", ` `, []problem{{"", "empty", ""}}},
		{"two values", `{} {}`, []problem{{"", "one_value", ""}}},
		{"too deep", strings.Repeat(`{"next":`, 70) + `{}` + strings.Repeat(`}`, 70), nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var b body
			got := problems(t, jsonin.Decode(strings.NewReader(tt.in), &b, 0))
			if tt.want == nil {
				assert.Len(t, got, 1)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDecodeMessages(t *testing.T) {
	var b body
	err := jsonin.Decode(strings.NewReader(`{"items":[{},{},{},{"concluded":"2024-02-30"}],"N":1}`), &b, 0)
	var ie *lawgov.InvalidInputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, []string{"items[3].concluded的值「2024-02-30」不是有效日期（格式为2006-01-02）", "N与字段n仅大小写不同（键名区分大小写）"}, ie.Messages("zh"))
	assert.Equal(t, `items[3].concluded: "2024-02-30" is not a date of the form 2006-01-02 (lawgov: parse date "2024-02-30": day out of range 1..29)`, ie.Messages("en")[0])
}

func TestDecodeLimit(t *testing.T) {
	var b body
	assert.Equal(t, []problem{{"", "too_large", ""}}, problems(t, jsonin.Decode(strings.NewReader(`{"n":12345}`), &b, 5)))
	assert.Error(t, jsonin.Decode(strings.NewReader(`{}`), b, 0), "not a pointer")
}

func TestMergeAndPrefix(t *testing.T) {
	decodeErr := lawgov.NewInvalidInputError("body", lawgov.FieldError{Field: "items[0].concluded", Rule: "date"})
	tagErr := lawgov.NewInvalidInputError("body",
		lawgov.FieldError{Field: "items[0].concluded", Rule: "isvalid"},
		lawgov.FieldError{Field: "n", Rule: "min"})
	recErr := jsonin.Prefix("items[1]", lawgov.NewInvalidInputError("item", lawgov.FieldError{Field: "concluded", Rule: "gtefield"}))
	got := problems(t, jsonin.Merge("body", decodeErr, nil, tagErr, recErr, tagErr))
	assert.Equal(t, []problem{{"items[0].concluded", "date", ""}, {"n", "min", ""}, {"items[1].concluded", "gtefield", ""}}, got)
	assert.NoError(t, jsonin.Merge("body", nil, nil))
	other := errors.New("disk")
	assert.Equal(t, other, jsonin.Merge("body", decodeErr, other))
	assert.Equal(t, other, jsonin.Prefix("x", other))
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"n":15,"N":30}`, `{"items":[{"concluded":"2024-02-29"}]}`, `[`, `{"tags":{"a":"b","a":"c"}}`, `{"next":{"next":null}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b body
		err := jsonin.Decode(strings.NewReader(s), &b, 1<<16)
		var ie *lawgov.InvalidInputError
		if err != nil && (!errors.As(err, &ie) || len(ie.Fields) == 0) {
			t.Fatalf("error without field problems: %v", err)
		}
	})
}
