package service

import _ "embed"

//go:embed privacy_export.schema.json
var exportSchema []byte

// ExportSchema is the JSON Schema (draft 2020-12) of data.json in a
// candidate's export (F2); every export ships it as schema.json, so that
// the candidate, or the controller it takes its data to, can read the data
// without us.
func ExportSchema() []byte { return append([]byte(nil), exportSchema...) }
