package main

import (
	"bytes"
	"testing"

	"github.com/fazhi-go/fazhi/internal/golden"
	"github.com/stretchr/testify/require"
)

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b))
	golden.Check(t, "rulepack.golden", b.Bytes())
}
