package main

import (
	"bytes"
	"io/fs"
	"testing"

	"github.com/fazhi-go/fazhi/casework"
	"github.com/fazhi-go/fazhi/enforcement"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// embeddedLines returns the non-blank lines of an embedded JSON Lines file.
func embeddedLines(t testing.TB, file string) [][]byte {
	t.Helper()
	b, err := fs.ReadFile(embedded, "data/"+file)
	require.NoError(t, err)
	var out [][]byte
	for _, l := range bytes.Split(b, []byte("\n")) {
		if l = bytes.TrimSpace(l); len(l) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// sameAsJSON reports whether fast decodes line as decodeRecord (encoding/json)
// does: when fast accepts the line, encoding/json must accept it too and give
// an equal value. It returns whether fast accepted it.
func sameAsJSON[T any](t require.TestingT, line []byte, fast func([]byte, *T) bool) bool {
	var got T
	if !fast(line, &got) {
		return false
	}
	var want T
	require.NoError(t, decodeRecord(line, &want), "the fast path accepted %s", line)
	require.Equal(t, want, got, "line %s", line)
	return true
}

// TestFastDecoderDataset checks that the fast path decodes every record of
// the embedded dataset, to the value encoding/json gives.
func TestFastDecoderDataset(t *testing.T) {
	d := newFastDecoder()
	for _, tt := range []struct {
		file string
		same func([]byte) bool
	}{
		{fileOfficers, func(l []byte) bool { return sameAsJSON[enforcement.Officer](t, l, d.officer) }},
		{fileActions, func(l []byte) bool { return sameAsJSON[enforcement.Action](t, l, d.action) }},
		{fileReconsideration, func(l []byte) bool { return sameAsJSON[casework.Reconsideration](t, l, d.reconsideration) }},
		{fileLitigation, func(l []byte) bool { return sameAsJSON[casework.Litigation](t, l, d.litigation) }},
	} {
		lines := embeddedLines(t, tt.file)
		for _, l := range lines {
			require.True(t, tt.same(l), "%s: the fast path gave up on %s", tt.file, l)
		}
	}
}

// Fragments that JSON text is made of, and that the fast path must refuse
// or read as encoding/json does.
var jsonFragments = []string{`"`, `\`, `\u0041`, `\n`, `{`, `}`, `[`, `]`, `,`, `:`, ` `, "\t", `null`, `true`, `false`,
	`0`, `01`, `-`, `1e3`, `2.5`, `"x"`, `""`, "\xff", `"2025-02-30"`, `"2025-1-1"`, `"ID"`, `"id"`, `"kind"`, `"date"`,
	`"fields":[]`, `"history":[]`, `"records":[]`, `"hearings":[]`, `,"id":"X"`, `"Id"`, `"unknown":1`}

// mutate changes line at a drawn position: a byte deleted, a fragment
// inserted, or a span replaced by a fragment.
func mutate(t *rapid.T, line []byte) []byte {
	out := bytes.Clone(line)
	for range rapid.IntRange(1, 3).Draw(t, "mutations") {
		i := rapid.IntRange(0, len(out)).Draw(t, "at")
		frag := []byte(rapid.SampledFrom(jsonFragments).Draw(t, "fragment"))
		switch rapid.IntRange(0, 2).Draw(t, "how") {
		case 0:
			if i < len(out) {
				out = append(out[:i], out[i+1:]...)
			}
		case 1:
			out = append(out[:i], append(frag, out[i:]...)...)
		default:
			j := min(len(out), i+rapid.IntRange(0, 12).Draw(t, "span"))
			out = append(out[:i], append(frag, out[j:]...)...)
		}
	}
	return out
}

// TestFastDecoderMutated checks, on records of the dataset with bytes
// deleted, inserted or replaced, that whatever the fast path accepts,
// encoding/json accepts and decodes to the same value: so a record the fast
// path refuses is the only kind that reaches encoding/json, and its value
// or error is unchanged.
func TestFastDecoderMutated(t *testing.T) {
	files := map[string][][]byte{}
	for _, f := range []string{fileOfficers, fileActions, fileReconsideration, fileLitigation} {
		files[f] = embeddedLines(t, f)
	}
	rapid.Check(t, func(rt *rapid.T) {
		d := newFastDecoder()
		file := rapid.SampledFrom([]string{fileOfficers, fileActions, fileReconsideration, fileLitigation}).Draw(rt, "file")
		line := mutate(rt, rapid.SampledFrom(files[file]).Draw(rt, "line"))
		switch file {
		case fileOfficers:
			sameAsJSON[enforcement.Officer](rt, line, d.officer)
		case fileActions:
			sameAsJSON[enforcement.Action](rt, line, d.action)
		case fileReconsideration:
			sameAsJSON[casework.Reconsideration](rt, line, d.reconsideration)
		default:
			sameAsJSON[casework.Litigation](rt, line, d.litigation)
		}
	})
}

// BenchmarkFastDecoderOfficer decodes the officers of the embedded dataset.
func BenchmarkFastDecoderOfficer(b *testing.B) {
	lines := embeddedLines(b, fileOfficers)
	d := newFastDecoder()
	var o enforcement.Officer
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if !d.officer(lines[i%len(lines)], &o) {
			b.Fatal("fast path gave up")
		}
	}
}

// FuzzFastDecoder: on any bytes, the fast path accepts only what
// encoding/json accepts, and decodes it to the same value.
func FuzzFastDecoder(f *testing.F) {
	for _, file := range []string{fileOfficers, fileActions, fileReconsideration, fileLitigation} {
		for _, l := range embeddedLines(f, file)[:3] {
			f.Add(l)
		}
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		d := newFastDecoder()
		sameAsJSON[enforcement.Officer](t, line, d.officer)
		sameAsJSON[enforcement.Action](t, line, d.action)
		sameAsJSON[casework.Reconsideration](t, line, d.reconsideration)
		sameAsJSON[casework.Litigation](t, line, d.litigation)
	})
}
