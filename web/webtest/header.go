package webtest

import "net/http"

// GetWithHeader requests path with one extra request header, such as
// Accept-Language.
func (c *Client) GetWithHeader(path, name, value string) Response {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, c.base+path, nil)
	req.Header.Set(name, value)
	return c.do(req)
}
