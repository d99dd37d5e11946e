"""Pelican settings for the Kurzeme visiem site: the preview build (drafts and future items shown)."""

AUTHOR = "Kurzemes plānošanas reģions"
SITENAME = "Kurzeme visiem"
SITESUBTITLE = "Sabiedrībā balstīti sociālie pakalpojumi Kurzemē"
SITEURL = ""
FEED_DOMAIN = "http://127.0.0.1:8000"  # the preview address; publishconf.py uses SITEURL
PREVIEW = True

PATH = "content"
THEME = "theme"
TIMEZONE = "Europe/Riga"
DEFAULT_LANG = "lv"

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["kurzeme_visiem"]

ARTICLE_PATHS = ["news"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images", "documents"]
FILENAME_METADATA = ""  # the date comes from the Date: line only, never from the file name
SLUGIFY_SOURCE = "basename"  # pages: /<file name>/; news get the transliterated title (plugin)
USE_FOLDER_AS_CATEGORY = False
DEFAULT_CATEGORY = "jaunumi"
# Pelican sets DEFAULT_CATEGORY only when category pages are written, and its draft writer needs one
DEFAULT_METADATA = {"category": "jaunumi"}
WITH_FUTURE_DATES = True
SUMMARY_MAX_PARAGRAPHS = 1
SUMMARY_MAX_LENGTH = None
FORMATTED_FIELDS = []  # Summary: the plugin renders its Markdown with raw HTML shown as text

# Public URLs: docs/content-contract.md
ARTICLE_URL = "jaunumi/{slug}/"
ARTICLE_SAVE_AS = "jaunumi/{slug}/index.html"
DRAFT_URL = "melnraksti/{slug}/"
DRAFT_SAVE_AS = "melnraksti/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
DRAFT_PAGE_URL = "melnraksti/lapas/{slug}/"
DRAFT_PAGE_SAVE_AS = "melnraksti/lapas/{slug}/index.html"
ARTICLE_LANG_SAVE_AS = ""
# pages in another language (Lang: en) live under /en/; the English home is content/pages/en/index.md (Url: en/)
PAGE_LANG_URL = "{lang}/{slug}/"
PAGE_LANG_SAVE_AS = "{lang}/{slug}/index.html"
DRAFT_PAGE_LANG_URL = "melnraksti/lapas/{lang}/{slug}/"
DRAFT_PAGE_LANG_SAVE_AS = "melnraksti/lapas/{lang}/{slug}/index.html"
IGNORE_FILES = [".#*", "*.yaml"]  # documents' YAML descriptions are read by the plugin, never published

DIRECT_TEMPLATES = ["home", "index", "not_found", "search"]
HOME_SAVE_AS = "index.html"
HOME_URL = ""
INDEX_SAVE_AS = "jaunumi/index.html"
INDEX_URL = "jaunumi/"
NOT_FOUND_SAVE_AS = "404.html"
SEARCH_SAVE_AS = "meklet/index.html"
SEARCH_URL = "meklet/"
PAGINATED_TEMPLATES = {"index": None}
DEFAULT_PAGINATION = 10
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/{number}/", "{base_name}/{number}/index.html"),
)
HOME_NEWS_COUNT = 4

CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""

FEED_ALL_ATOM = "feeds/jaunumi.atom.xml"
FEED_ALL_RSS = None
PARTNER_FEED_ATOM = "feeds/partneri/{slug}.atom.xml"  # one feed per partner (plugin: site/feeds.py)
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
RSS_FEED_SUMMARY_ONLY = True

# cache_size -1: the loaded templates in a plain dict, not Jinja's locked LRU of 400 (every {% import %} of a component
# on every page looks its template up there; the theme has some fifty)
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True, "extensions": [], "cache_size": -1}
MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "markdown.extensions.sane_lists": {},
        # "2018. gada 27. aprīlī ..." stays a paragraph, not <ol start="2018"> (plugins/.../content/lv/date_paragraphs.py)
        "kurzeme_visiem.content.lv.date_paragraphs": {},
        "kurzeme_visiem.site.markdown_figures": {},  # ![alt](src "caption") alone → <figure>
        "kurzeme_visiem.site.markdown_quotes": {},  # > quote … > — Name → <figure class="quote">
        "kurzeme_visiem.site.markdown_notes": {},  # <!-- writer's notes --> on lines of their own are dropped
    },
    "output_format": "html",
}
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = False  # the build tool writes a fresh staging folder and swaps it in
OUTPUT_RETENTION = [".git", ".hg", "CNAME", ".well-known"]
CACHE_CONTENT = False  # Pelican's own reader cache stays off: FAST_BUILD has its own (plugins/kurzeme_visiem/fast_build/reader.py)
LOAD_CONTENT_CACHE = False

# Build speed (README "Build speed"): Markdown converted once per change and on all cores, pages rendered on all
# cores, files rewritten only when their bytes change; the preview re-renders only pages whose inputs changed.
# The output is byte for byte the same with FAST_BUILD = False (tests/e2e/test_fast_build.py).
FAST_BUILD = True
BUILD_WORKERS = 0  # 0: one worker per CPU
CACHE_PATH = ".cache"  # relative to this file
