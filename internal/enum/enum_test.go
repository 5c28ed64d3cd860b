package enum

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type color uint8

var colors = New[color]("paint", "color", "color", []Entry{
	1: {Code: "red", Label: "红"},
	2: {Code: "blue", Label: "蓝"},
})

func TestTable(t *testing.T) {
	assert.Equal(t, "unspecified", colors.String(0))
	assert.Equal(t, "blue", colors.String(2))
	assert.Equal(t, "color(9)", colors.String(9))
	assert.Equal(t, "蓝", colors.Label(2))
	assert.Equal(t, "", colors.Label(0))
	assert.Equal(t, "", colors.Label(9))
	assert.False(t, colors.Valid(0))
	assert.True(t, colors.Valid(1))
	assert.False(t, colors.Valid(3))
	assert.Equal(t, []color{1, 2}, colors.Values())

	b, err := colors.MarshalText(0)
	require.NoError(t, err)
	assert.Empty(t, b, "the unspecified value encodes as the empty string")
	b, err = colors.MarshalText(1)
	require.NoError(t, err)
	assert.Equal(t, "red", string(b))
	_, err = colors.MarshalText(7)
	assert.EqualError(t, err, "paint: invalid color 7")

	v, err := colors.Parse([]byte("blue"))
	require.NoError(t, err)
	assert.Equal(t, color(2), v)
	v, err = colors.Parse(nil)
	require.NoError(t, err)
	assert.Equal(t, color(0), v)
	_, err = colors.Parse([]byte("unspecified"))
	assert.EqualError(t, err, `paint: unknown color "unspecified"`)
	v, err = colors.ParseLabel("红")
	require.NoError(t, err)
	assert.Equal(t, color(1), v)
	_, err = colors.ParseLabel("绿")
	assert.EqualError(t, err, `paint: unknown color label "绿"`)
}

func TestNewRejectsBrokenTables(t *testing.T) {
	assert.PanicsWithValue(t, `enum: paint.color entry 2: empty or repeated code "red"`, func() {
		New[color]("paint", "color", "color", []Entry{1: {Code: "red", Label: "红"}, 2: {Code: "red", Label: "赤"}})
	})
	assert.Panics(t, func() {
		New[color]("paint", "color", "color", []Entry{1: {Code: "red"}})
	}, "an entry without a label")
}
