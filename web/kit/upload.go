package kit

import "github.com/matchpoint/matchpoint/upload"

// RefusalKey is the message key shown next to a file field whose upload was
// refused: upload.Refusal.Key, under the name the back office calls it by.
func RefusalKey(r upload.Refusal) string { return r.Key() }
