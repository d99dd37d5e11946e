/* Loaded before Decap CMS: it must wait until editor.js has registered the Latvian locale and our formats. */
window.CMS_MANUAL_INIT = true;
