package rulepack

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// Limits on a pack file, so that no input, crafted or not, can exhaust
// memory or the stack.
const (
	// MaxFileSize is the largest pack file accepted, in bytes.
	MaxFileSize = 1 << 20
	maxDepth    = 32
)

// nodeKind is the JSON type of a node.
type nodeKind uint8

const (
	nodeNull nodeKind = iota
	nodeObject
	nodeArray
	nodeString
	nodeNumber
	nodeBool
)

var nodeKindNames = [...]string{"null", "an object", "an array", "a string", "a number", "a boolean"}

// node is one JSON value with the byte offset where it starts, so that a
// problem deep inside a pack can be reported with its line.
type node struct {
	kind  nodeKind
	start int
	keys  []string // object member names, in file order
	vals  []*node  // object member values, parallel to keys
	elems []*node  // array elements
	str   string   // string value, or number literal
	b     bool
}

// member returns the value of key in an object node, or nil.
func (n *node) member(key string) *node {
	for i, k := range n.keys {
		if k == key {
			return n.vals[i]
		}
	}
	return nil
}

// parseTree reads one JSON document into a tree of nodes. It rejects
// duplicate object keys, trailing data and nesting deeper than maxDepth.
// The error carries the byte offset of the problem.
func parseTree(src []byte) (*node, error) {
	p := treeParser{src: src, dec: json.NewDecoder(bytes.NewReader(src))}
	p.dec.UseNumber()
	n, err := p.value(0)
	if err != nil {
		return nil, err
	}
	if _, err := p.dec.Token(); err != io.EOF {
		return nil, &offsetError{off: p.next(), msg: "unexpected data after the end of the pack"}
	}
	return n, nil
}

// offsetError is a problem at a byte offset of the source.
type offsetError struct {
	off int
	msg string
}

func (e *offsetError) Error() string { return e.msg }

type treeParser struct {
	src []byte
	dec *json.Decoder
}

// next returns the offset of the next token: the decoder's offset past any
// white space and separators.
func (p *treeParser) next() int {
	i := int(p.dec.InputOffset())
	for i < len(p.src) {
		switch p.src[i] {
		case ' ', '\t', '\r', '\n', ',', ':':
			i++
			continue
		}
		break
	}
	return i
}

func (p *treeParser) token() (json.Token, int, error) {
	at := p.next()
	t, err := p.dec.Token()
	if err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, int(se.Offset), &offsetError{off: int(se.Offset), msg: "JSON syntax: " + se.Error()}
		}
		if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, len(p.src), &offsetError{off: len(p.src), msg: "unexpected end of the file"}
		}
		return nil, at, &offsetError{off: at, msg: "JSON: " + err.Error()}
	}
	return t, at, nil
}

func (p *treeParser) value(depth int) (*node, error) {
	t, at, err := p.token()
	if err != nil {
		return nil, err
	}
	return p.valueFrom(t, at, depth)
}

func (p *treeParser) valueFrom(t json.Token, at, depth int) (*node, error) {
	n := &node{start: at}
	switch v := t.(type) {
	case nil:
		n.kind = nodeNull
	case bool:
		n.kind, n.b = nodeBool, v
	case string:
		n.kind, n.str = nodeString, v
	case json.Number:
		n.kind, n.str = nodeNumber, string(v)
	case json.Delim:
		if depth >= maxDepth {
			return nil, &offsetError{off: at, msg: "nesting deeper than " + strconv.Itoa(maxDepth) + " levels"}
		}
		switch v {
		case '{':
			n.kind = nodeObject
			for p.dec.More() {
				kt, kat, err := p.token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				if n.member(k) != nil {
					return nil, &offsetError{off: kat, msg: fmt.Sprintf("duplicate key %q", k)}
				}
				val, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.keys, n.vals = append(n.keys, k), append(n.vals, val)
			}
		case '[':
			n.kind = nodeArray
			for p.dec.More() {
				val, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.elems = append(n.elems, val)
			}
		}
		if _, _, err := p.token(); err != nil { // the closing delimiter
			return nil, err
		}
	}
	return n, nil
}

// lineOf returns the 1-based line of byte offset off in src.
func lineOf(src []byte, off int) int {
	off = min(max(off, 0), len(src))
	return 1 + bytes.Count(src[:off], []byte{'\n'})
}
