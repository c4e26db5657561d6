package cvtext_test

import (
	"bytes"
	"compress/zlib"
)

// inflating is a zlib stream that inflates to n bytes of text operators
// ("(x) Tj" over and over), a few hundred kB on the wire.
func inflating(n int) []byte {
	var b bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
	op := bytes.Repeat([]byte("BT (xxxxxxxxxxxxxxxxxxxxxxxx) Tj ET\n"), 1<<14)
	for written := 0; written < n; written += len(op) {
		zw.Write(op)
	}
	zw.Close()
	return b.Bytes()
}
