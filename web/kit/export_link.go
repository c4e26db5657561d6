package kit

import (
	"net/url"
	"path"
)

// ExportLink is the address that exports the list the page shows, with
// the filter it is shown with, as format (csv or xlsx; issue 16 item 9):
// /office/candidates?q=x becomes /office/export/candidates?format=csv&q=x.
// The page number and the flash message are left out.
func (p Page) ExportLink(format string) string {
	q := url.Values{}
	for k, v := range p.Query {
		if k != "page" && k != "flash" && k != "format" {
			q[k] = v
		}
	}
	q.Set("format", format)
	dir, list := path.Split(p.Path)
	return dir + "export/" + list + "?" + q.Encode()
}
