package rulepack_test

import (
	"io/fs"
	"testing/fstest"
)

// badFS holds two broken packs.
type badFS struct{}

func (badFS) Open(name string) (fs.File, error) {
	return fstest.MapFS{
		"a.json": {Data: []byte(`{"id": "a"}`)},
		"b.json": {Data: []byte(`not json`)},
	}.Open(name)
}
