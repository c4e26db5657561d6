package domain

import (
	"net/netip"
	"testing"
)

// G1: the addresses a webhook may not reach, in IPv4, IPv6 and IPv4 written
// inside IPv6, beside public ones that stay allowed.
func TestPrivateAddr_G1(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1", true}, {"127.255.0.9", true}, // loopback
		{"10.1.2.3", true}, {"172.16.0.1", true}, {"172.31.255.255", true}, {"192.168.1.1", true}, // private
		{"169.254.169.254", true},            // link-local: the cloud metadata address
		{"0.0.0.0", true}, {"0.1.2.3", true}, // unspecified, this network
		{"224.0.0.1", true}, {"239.1.1.1", true}, // multicast
		{"100.64.0.1", true}, {"100.100.100.200", true}, // carrier-grade NAT
		{"192.0.0.8", true}, {"255.255.255.255", true}, {"240.0.0.1", true},
		{"::1", true}, {"::", true}, {"fe80::1", true}, {"fc00::1", true}, {"fd12:3456::1", true},
		{"fec0::1", true}, {"ff02::1", true}, {"ff01::1", true},
		{"::ffff:127.0.0.1", true}, {"::ffff:10.0.0.1", true}, {"::ffff:169.254.169.254", true}, // mapped
		{"8.8.8.8", false}, {"93.184.216.34", false}, {"172.32.0.1", false}, {"100.128.0.1", false},
		{"192.0.2.1", false}, {"2606:4700:4700::1111", false}, {"::ffff:8.8.8.8", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got := PrivateAddr(netip.MustParseAddr(tt.addr)); got != tt.want {
				t.Errorf("PrivateAddr(%s) = %v, want %v", tt.addr, got, tt.want)
			}
		})
	}
	if !PrivateAddr(netip.Addr{}) {
		t.Error("the zero address passes")
	}
}

// G1: host names that are private by themselves, whatever they resolve to.
func TestPrivateHost_G1(t *testing.T) {
	tests := []struct {
		host string
		want bool
	}{
		{"localhost", true}, {"LOCALHOST", true}, {"localhost.", true}, {"api.localhost", true},
		{"127.0.0.1", true}, {"[::1]", true}, {"::1", true}, {"[fe80::1%25eth0]", true}, {"fe80::1%eth0", true},
		{"::ffff:192.168.0.1", true}, {"[::ffff:7f00:1]", true},
		{"127.1", true}, {"2130706433", true}, {"0x7f.0.0.1", true}, {"0177.0.0.1", true}, {"", true},
		{"hooks.example.com", false}, {"example.com.", false}, {"localhost.example.com", false},
		{"8.8.8.8", false}, {"[2606:4700:4700::1111]", false}, {"my-localhost", false}, {"123.example", false},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			if got := PrivateHost(tt.host); got != tt.want {
				t.Errorf("PrivateHost(%q) = %v, want %v", tt.host, got, tt.want)
			}
		})
	}
}

// G1: the settings' URL check refuses private hosts with its message and
// leaves malformed URLs to Validate.
func TestCheckWebhookTarget_G1(t *testing.T) {
	tests := []struct {
		url     string
		refused bool
	}{
		{"http://127.0.0.1:8080/hook", true},
		{"https://localhost/hook", true},
		{"http://[::1]:9000/", true},
		{"http://[::ffff:10.0.0.1]/", true},
		{"http://169.254.169.254/latest/meta-data/", true},
		{"https://user:pw@192.168.1.10/hook", true},
		{"http://0.0.0.0:80/", true},
		{"http://:8080/", true},
		{"https://hooks.example.com/h", false},
		{"https://8.8.8.8/h", false},
		{"ftp://127.0.0.1/", false}, // Validate's "validation.url"
		{"not a url", false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			err := CheckWebhookTarget(tt.url)
			if !tt.refused {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			ve, ok := err.(*ValidationError)
			if !ok || ve.Fields["url"] != KeyWebhookPrivate {
				t.Errorf("CheckWebhookTarget(%q) = %v, want the field error %s", tt.url, err, KeyWebhookPrivate)
			}
		})
	}
	// Validate still refuses what is no http(s) address.
	if err := (Webhook{Event: EventMatchApproved, URL: "ftp://example.com/"}).Validate(); err == nil {
		t.Error("ftp URL validated")
	}
}
