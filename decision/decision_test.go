package decision

import (
	"strings"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// problems returns the field, rule and parameter of each problem err names.
func problems(t *testing.T, err error) []string {
	t.Helper()
	var inv *lawgov.InvalidInputError
	require.ErrorAs(t, err, &inv)
	var out []string
	for _, f := range inv.Fields {
		out = append(out, f.Field+" "+f.Rule+"="+f.Param)
	}
	return out
}

// Validate checks in code the rules the records' validate tags name, so the
// module validator, run on the same record, agrees with it.
func TestValidateAgreesWithTags(t *testing.T) {
	long := func(n int) string { return strings.Repeat("停", n) } // 3 bytes each
	d := complete(t)
	d.Title = long(256) // 256 characters, 768 bytes: within max=256
	d.Discussion.Speakers[0].Member = long(64)
	require.NoError(t, d.Validate())
	require.NoError(t, lawgov.Validate(&d))

	d.Title = long(257)
	d.Units[0].Name = long(129)
	d.Discussion.Speakers[1].Member = ""
	want := []string{"title max=256", "units[0].name max=128", "discussion.speakers[1].member required="}
	assert.Equal(t, want, problems(t, d.Validate()))
	assert.Equal(t, want, problems(t, lawgov.Validate(&d)))

	doc := ordosDoc()
	doc.ID, doc.Title = strings.Repeat("x", 65), long(257)
	want = []string{"id max=64", "title max=256"}
	assert.Equal(t, want, problems(t, doc.Validate()))
	assert.Equal(t, want, problems(t, lawgov.Validate(&doc)))
}
