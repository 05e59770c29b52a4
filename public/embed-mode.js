// Embed mode for any page: ?embed=1 marks <html data-embed> before the page is drawn, so the site's
// header and footer never flash inside a portal's iframe. Loaded as a blocking file (no inline script: CSP).
if (new URLSearchParams(location.search).get('embed') === '1') document.documentElement.setAttribute('data-embed', '');
