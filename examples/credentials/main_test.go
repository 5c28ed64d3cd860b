package main

import (
	"bytes"
	"github.com/fazhi-go/fazhi/internal/golden"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestGolden(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, nil))
	golden.Check(t, "credentials.golden", b.Bytes())
}
