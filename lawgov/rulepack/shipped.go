package rulepack

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sync"
)

// shippedFiles holds the packs embedded in the module: cn (national), hb
// (湖北省), hb-chibi (赤壁市, 赤政发〔2019〕7号), zj (浙江省), ha (河南省) and
// sd (山东省).
//
//go:embed packs/*.json
var shippedFiles embed.FS

// ShippedFS returns the embedded pack files, one JSON file per pack.
func ShippedFS() fs.FS {
	sub, _ := fs.Sub(shippedFiles, "packs")
	return sub
}

var shipped = sync.OnceValues(func() ([]*Pack, error) { return LoadFS(ShippedFS()) })

// Shipped returns the packs embedded in the module, ordered by file name.
// The packs are shared and immutable.
func Shipped() ([]*Pack, error) {
	ps, err := shipped()
	return slices.Clone(ps), err
}

// LoadFS parses every *.json file at the top of fsys, ordered by name. It
// reports the problems of every broken file, one *Error each joined with
// errors.Join, and then returns no pack at all.
func LoadFS(fsys fs.FS) ([]*Pack, error) {
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, fmt.Errorf("rulepack: load: %w", err)
	}
	var (
		out  []*Pack
		errs []error
	)
	for _, name := range names {
		if err := checkSize(fsys, name); err != nil {
			errs = append(errs, err)
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("rulepack: load %q: %w", name, err))
			continue
		}
		p, err := Parse(path.Base(name), data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, p)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// checkSize rejects a file larger than MaxFileSize before it is read.
func checkSize(fsys fs.FS, name string) error {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return fmt.Errorf("rulepack: load %q: %w", name, err)
	}
	if info.Size() > MaxFileSize {
		return &Error{File: name, Problems: []Problem{{Path: "$", Msg: fmt.Sprintf("file of %d bytes exceeds the limit of %d", info.Size(), MaxFileSize)}}}
	}
	return nil
}
