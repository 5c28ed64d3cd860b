package main

import (
	"bytes"
	"testing"

	"github.com/fazhi-go/fazhi/internal/golden"
	"github.com/stretchr/testify/require"
)

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, nil))
	golden.Check(t, "credentials.golden", b.Bytes())
}
