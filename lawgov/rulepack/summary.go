package rulepack

import "github.com/fazhi-go/fazhi/lawgov"

// Summary describes a loaded pack for a listing such as a server's
// GET /v1/packs: its ID, name, version, parent, instruments and the keys it
// sets.
type Summary struct {
	ID          string            `json:"id"`
	Name        string            `json:"name"`
	Version     string            `json:"version"`
	Parent      string            `json:"parent,omitempty"`
	File        string            `json:"file"`
	Instruments []lawgov.Citation `json:"instruments"`
	Keys        []Key             `json:"keys"`
}

// Summary returns p's description.
func (p *Pack) Summary() Summary {
	s := Summary{ID: p.id, Name: p.name, Version: p.version, Parent: p.parent, File: p.file, Instruments: p.Instruments(), Keys: p.Keys()}
	if s.Instruments == nil {
		s.Instruments = []lawgov.Citation{}
	}
	if s.Keys == nil {
		s.Keys = []Key{}
	}
	return s
}

// Summaries returns the description of every loaded pack, ordered by ID.
func (r *Registry) Summaries() []Summary {
	ps := r.Packs()
	out := make([]Summary, len(ps))
	for i, p := range ps {
		out[i] = p.Summary()
	}
	return out
}
