package catalogue

import (
	"io/fs"
	"slices"
	"sync"

	"github.com/fazhi-go/fazhi/lawgov"
	"github.com/fazhi-go/fazhi/lawgov/rulepack"
)

var shipped = sync.OnceValues(func() (*rulepack.Registry, error) {
	packs, err := rulepack.Shipped()
	if err != nil {
		return nil, err
	}
	return build(packs)
})

// Shipped returns the registry of the packs embedded in the module (cn, hb,
// hb-chibi, zj, ha, sd), checked as [Load] checks packs. The registry is
// shared; it is immutable.
func Shipped() (*rulepack.Registry, error) { return shipped() }

// Load returns the registry of the shipped packs and of every *.json pack at
// the top of fsys (a host's own: its province's, its counties'), such as
// os.DirFS(dir) for a server's -packs flag. It checks each file
// ([rulepack.Parse]), every parent, rule and definition reference against
// [IDs], and tries each pack on every day one of its values starts or ends,
// building the whole [Rulebook]. On any problem it returns errors naming
// the file and the problem, and no registry: a broken pack is never partly
// loaded.
func Load(fsys fs.FS) (*rulepack.Registry, error) {
	base, err := rulepack.Shipped()
	if err != nil {
		return nil, err
	}
	more, err := rulepack.LoadFS(fsys)
	if err != nil {
		return nil, err
	}
	return build(append(base, more...))
}

func build(packs []*rulepack.Pack) (*rulepack.Registry, error) {
	reg, err := rulepack.NewRegistry(IDs(), packs...)
	if err != nil {
		return nil, err
	}
	for _, p := range packs {
		if err := tryOut(reg, p); err != nil {
			return nil, err
		}
	}
	return reg, nil
}

// tryOut builds p's rulebook on every day a value of p's chain starts or
// ends, so that a value no package can apply is found at load time.
func tryOut(reg *rulepack.Registry, p *rulepack.Pack) error {
	chain, _ := reg.Chain(p.ID())
	days := []lawgov.Date{lawgov.MustDate(2000, 1, 1)}
	for _, q := range chain {
		for _, k := range q.Keys() {
			for _, v := range q.Values(k) {
				if !v.From.IsZero() {
					days = append(days, v.From)
				}
				if !v.To.IsZero() {
					days = append(days, v.To.AddDays(1))
				}
			}
		}
	}
	slices.SortFunc(days, lawgov.Date.Compare)
	for _, d := range slices.Compact(days) {
		if !d.IsValid() {
			continue
		}
		if _, err := InForce(reg, p.ID(), d); err != nil {
			return &rulepack.Error{File: p.File(), Problems: []rulepack.Problem{{Path: "$.values", Msg: "on " + d.String() + ": " + err.Error()}}}
		}
	}
	return nil
}
