package lawgov_test

import (
	"errors"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/go-playground/validator/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type sampleUnit struct {
	ID   string `json:"id" validate:"required,max=8"`
	Name string `json:"name" validate:"required"`
}

type sampleTask struct {
	Title    string          `json:"title" validate:"required,max=10"`
	Due      lawgov.Date     `json:"due" validate:"isvalid"`
	Severity lawgov.Severity `json:"severity" validate:"isvalid"`
	Basis    lawgov.Citation `json:"basis" validate:"isvalid"`
	Units    []sampleUnit    `json:"units" validate:"min=1,dive"`
	Note     string          `json:"-" validate:"max=3"`
}

func validTask() sampleTask {
	return sampleTask{
		Title:    "清理规范性文件",
		Due:      lawgov.MustParseDate("2024-06-30"),
		Severity: lawgov.Warning,
		Basis:    lawgov.AdministrativePenaltyLaw.Art(42),
		Units:    []sampleUnit{{ID: "sfj", Name: "司法局"}},
	}
}

func TestValidate(t *testing.T) {
	task := validTask()
	require.NoError(t, lawgov.Validate(task))
	require.NoError(t, lawgov.Validate(&task))

	bad := sampleTask{
		Title: "一二三四五六七八九十十一",
		Units: []sampleUnit{{ID: "sfj", Name: "司法局"}, {ID: "too-long-id"}},
	}
	err := lawgov.Validate(&bad)
	var ie *lawgov.InvalidInputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "sampleTask", ie.Type)
	type fr struct{ Field, Rule, Param string }
	var got []fr
	for _, f := range ie.Fields {
		got = append(got, fr{f.Field, f.Rule, f.Param})
	}
	assert.Equal(t, []fr{
		{"title", "max", "10"},
		{"due", "isvalid", ""},
		{"severity", "isvalid", ""},
		{"basis", "isvalid", ""},
		{"units[1].id", "max", "8"},
		{"units[1].name", "required", ""},
	}, got)

	var ves validator.ValidationErrors
	require.True(t, errors.As(err, &ves), "unwraps to validator.ValidationErrors")
	assert.Len(t, ves, 6)

	zh := ie.Messages("zh")
	assert.Equal(t, "title长度不能超过10个字符", zh[0])
	assert.Equal(t, "due必须是有效值", zh[1])
	assert.Equal(t, "units[1].name为必填字段", zh[5])
	en := ie.Messages("en")
	assert.Equal(t, "title must be a maximum of 10 characters in length", en[0])
	assert.Equal(t, "due must be a valid value", en[1])
	assert.Equal(t, "units[1].name is a required field", en[5])
	assert.Equal(t, en, ie.Messages("fr"), "other languages fall back to English")
	assert.Contains(t, err.Error(), "lawgov: invalid sampleTask: title: max=10; due: isvalid")

	// A field tagged json:"-" keeps its Go name in paths.
	task.Note = "too long"
	err = lawgov.Validate(task)
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "Note", ie.Fields[0].Field)

	empty := validTask()
	empty.Units = nil
	require.ErrorAs(t, lawgov.Validate(empty), &ie)
	assert.Equal(t, "min", ie.Fields[0].Rule)
}

func TestValidateNotStruct(t *testing.T) {
	for _, v := range []any{nil, 3, "x", []int{1}} {
		err := lawgov.Validate(v)
		require.Error(t, err)
		var ie *lawgov.InvalidInputError
		assert.False(t, errors.As(err, &ie))
		assert.Contains(t, err.Error(), "lawgov: validate")
	}
	var p *sampleTask
	assert.Error(t, lawgov.Validate(p))
}

func TestNewInvalidInputError(t *testing.T) {
	err := lawgov.NewInvalidInputError("Task",
		lawgov.FieldError{Field: "Task.units[0]", Rule: "known-unit", Msg: "unknown unit \"xyz\""},
		lawgov.FieldError{Field: "Task.due", Rule: "after", Param: "2024-01-01"},
		lawgov.FieldError{Field: "Task.lead", Rule: "required"})
	assert.EqualError(t, err, `lawgov: invalid Task: Task.units[0]: known-unit (unknown unit "xyz"); Task.due: after=2024-01-01; Task.lead: required`)
	assert.Equal(t, []string{`Task.units[0]: unknown unit "xyz"`, "Task.due: after=2024-01-01", "Task.lead为必填字段"}, err.Messages("zh"))
	assert.Equal(t, []string{`Task.units[0]: unknown unit "xyz"`, "Task.due: after=2024-01-01", "Task.lead is a required field"}, err.Messages("en"))
	assert.Nil(t, errors.Unwrap(err))
}

func TestFieldErrorMessages(t *testing.T) {
	for _, tt := range []struct {
		f      lawgov.FieldError
		en, zh string
	}{
		{lawgov.FieldError{Field: "reconsiderations[3].concluded", Rule: "gtefield", Param: "received", Msg: "2024-03-01 is before received 2024-03-05"},
			"reconsiderations[3].concluded must not be before received (2024-03-01 is before received 2024-03-05)",
			"reconsiderations[3].concluded不得早于received"},
		{lawgov.FieldError{Field: "start", Rule: "date", Value: "2024-02-30"},
			`start: "2024-02-30" is not a date of the form 2006-01-02`, "start的值「2024-02-30」不是有效日期（格式为2006-01-02）"},
		{lawgov.FieldError{Field: "n", Rule: "type", Param: "integer", Value: "string"},
			"n must be integer, got string", "n应为整数，实际为字符串"},
		{lawgov.FieldError{Field: "N", Rule: "case", Param: "n"},
			"N differs only in case from the field n (keys are case-sensitive)", "N与字段n仅大小写不同（键名区分大小写）"},
		{lawgov.FieldError{Field: "n", Rule: "duplicate"}, "n appears more than once", "n重复出现"},
	} {
		assert.Equal(t, tt.en, tt.f.Message("en"))
		assert.Equal(t, tt.zh, tt.f.Message("zh"))
	}
}
