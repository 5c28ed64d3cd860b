package catalogue_test

import (
	"testing"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack/catalogue"
)

func BenchmarkInForce(b *testing.B) {
	reg, err := catalogue.Shipped()
	if err != nil {
		b.Fatal(err)
	}
	on := lawgov.MustDate(2024, 6, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := catalogue.InForce(reg, "hb-chibi", on); err != nil {
			b.Fatal(err)
		}
	}
}
