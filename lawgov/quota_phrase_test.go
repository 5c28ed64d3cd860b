package lawgov_test

import (
	"fmt"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseQuota(t *testing.T) {
	tests := []struct {
		in   string
		want lawgov.Quota
	}{
		{"不少于2次", lawgov.Quota{Min: 2, Measure: "次", Scope: lawgov.QuotaOverall}},
		{"每个单位不少于4次", lawgov.Quota{Min: 4, Measure: "次", Scope: lawgov.QuotaPerUnit}},
		{"各单位至少1场", lawgov.Quota{Min: 1, Measure: "场", Scope: lawgov.QuotaPerUnit}},
		{"不低于10件", lawgov.Quota{Min: 10, Measure: "件", Scope: lawgov.QuotaOverall}},
	}
	for _, tt := range tests {
		got, err := lawgov.ParseQuota(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	bad := []struct{ in, reason string }{
		{"", "unknown phrase"},
		{"不少于0次", "minimum must be positive"},
		{"2次", "unknown phrase"},
		{"不少于-1次", "unknown phrase"},
	}
	for _, tt := range bad {
		_, err := lawgov.ParseQuota(tt.in)
		assert.EqualError(t, err, fmt.Sprintf("lawgov: parse quota %q: %s", tt.in, tt.reason))
	}
}
