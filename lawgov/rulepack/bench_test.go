package rulepack_test

import (
	"io/fs"
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

func BenchmarkParseNational(b *testing.B) {
	data, err := fs.ReadFile(rulepack.ShippedFS(), "cn.json")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := rulepack.Parse("cn.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	packs, err := rulepack.Shipped()
	if err != nil {
		b.Fatal(err)
	}
	reg, err := rulepack.NewRegistry(rulepack.Catalogue{}, packs...)
	if err != nil {
		b.Fatal(err)
	}
	on := lawgov.MustDate(2024, 6, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := reg.Resolve("hb-chibi", on); err != nil {
			b.Fatal(err)
		}
	}
}
