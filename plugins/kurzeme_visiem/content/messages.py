"""Every message the content writer sees (``make check``, build, preview, newpost, deploy, import-wordpress and
its report), in Latvian and English.

One catalogue, one function. Latvian is the default; developers get English with the environment variable
``KV_LANG=en`` or ``--lang en`` on the command line (which sets ``KV_LANG`` for the build's worker processes too).

Adding a message: put a key in :data:`CATALOGUE` with its ``lv`` and ``en`` text (``str.format`` fields in braces,
the same fields in both), then call ``message("key", field=value)``. A text that depends on a count is a mapping of
CLDR plural categories (``one``/``other``, Latvian also ``zero``, which falls back to ``other``), chosen by the
``count`` field; ``{count}`` is the number. ``tests/unit/content/test_messages.py`` checks that every key has
both languages with the same fields, so a missing translation fails the tests, not the writer's build. The one
exception: ``{detail}``, a library's own (English) explanation, which only the English text shows.
"""

from __future__ import annotations

import os
import string
from typing import Mapping, Union

from babel import Locale

LANGUAGES = ("lv", "en")
DEFAULT_LANGUAGE = "lv"
ENVIRONMENT_VARIABLE = "KV_LANG"

Text = Union[str, Mapping[str, str]]  # a text, or its plural forms by CLDR category

CATALOGUE: dict[str, dict[str, Text]] = {
    # ---- the command line: check, build, preview, newpost, deploy (tools/)
    "check.done": {
        "lv": "Satura pārbaude: {errors}, {warnings}.",
        "en": "Content check: {errors}, {warnings}.",
    },
    "count.errors": {
        "lv": {"one": "{count} kļūda", "other": "{count} kļūdas"},
        "en": {"one": "{count} error", "other": "{count} errors"},
    },
    "count.warnings": {
        "lv": {"one": "{count} brīdinājums", "other": "{count} brīdinājumi"},
        "en": {"one": "{count} warning", "other": "{count} warnings"},
    },
    "count.problems": {
        "lv": {"one": "{count} problēma", "other": "{count} problēmas"},
        "en": {"one": "{count} problem", "other": "{count} problems"},
    },
    "build.stopped": {
        "lv": "Būvēšana apturēta: {problems}; {output}/ palika tāda, kāda bija.",
        "en": "Build stopped: {problems}; {output}/ was left as it was.",
    },
    "build.done": {
        "lv": {"one": "Uzbūvēts {count} fails mapē {output}/ {seconds} s laikā.",
               "other": "Uzbūvēti {count} faili mapē {output}/ {seconds} s laikā."},
        "en": {"one": "Built {count} file into {output}/ in {seconds} s.",
               "other": "Built {count} files into {output}/ in {seconds} s."},
    },
    "build.output_is_file": {
        "lv": "{output}: tas ir fails, nevis mape; norādiet izvades mapi (-o)",
        "en": "{output}: that is a file, not a folder; give an output folder (-o)",
    },
    "build.up_to_date": {
        "lv": {"one": "{output}/ ir aktuāla ({count} fails; kopš būvēšanas nekas nav mainījies), pārbaudīts {seconds} s laikā.",
               "other": "{output}/ ir aktuāla ({count} faili; kopš būvēšanas nekas nav mainījies), pārbaudīts {seconds} s laikā."},
        "en": {"one": "{output}/ is up to date ({count} file; nothing changed since its build), checked in {seconds} s.",
               "other": "{output}/ is up to date ({count} files; nothing changed since its build), checked in {seconds} s."},
    },
    "preview.not_updated": {
        "lv": "Priekšskatījums netika atjaunināts: {problems}; joprojām redzama pēdējā labā versija.",
        "en": "Preview not updated: {problems}; still showing the last good build.",
    },
    "preview.rebuilt": {
        "lv": {"one": "Pārbūvēts {count} fails {seconds} s laikā.", "other": "Pārbūvēti {count} faili {seconds} s laikā."},
        "en": {"one": "Rebuilt {count} file in {seconds} s.", "other": "Rebuilt {count} files in {seconds} s."},
    },
    "preview.address": {
        "lv": "Priekšskatījums: http://{host}:{port}/  (aptur ar Ctrl+C)",
        "en": "Preview: http://{host}:{port}/  (Ctrl+C stops it)",
    },
    "preview.updated": {
        "lv": "Priekšskatījums atjaunināts {seconds} s laikā ({mode}): pārrenderētas lapas — {rendered}, "
              "ierakstīti faili — {written}, dzēsti — {removed}.",
        "en": "Rebuilt ({mode}) in {seconds} s: {rendered} pages rendered, {written} files written, {removed} removed.",
    },
    "preview.mode.full": {
        "lv": "pilna pārbūve",
        "en": "full",
    },
    "preview.mode.bodies": {
        "lv": "tikai mainītie teksti",
        "en": "bodies only",
    },
    "preview.mode.directory": {
        "lv": "partneri un pakalpojumi",
        "en": "directory",
    },
    "preview.mode.lists": {
        "lv": "jauns ziņas virsraksts vai datums",
        "en": "a news item's new title or date",
    },
    "preview.restarting": {
        "lv": "Spraudņa kods mainījās: priekšskatījums tiek palaists no jauna.",
        "en": "The plugin's code changed: restarting the preview.",
    },
    "preview.stopped": {
        "lv": "Priekšskatījums apturēts.",
        "en": "Preview stopped.",
    },
    "serve_public.built": {
        "lv": "Publiskā vietne uzbūvēta adresei {address} mapē {output}/ {seconds} s laikā.",
        "en": "Built the public site for {address} into {output}/ in {seconds} s.",
    },
    "serve_public.address": {
        "lv": "Publiskais būvējums: {address}/  (aptur ar Ctrl+C; output/ netiek mainīta)",
        "en": "Public build: {address}/  (Ctrl+C stops it; output/ is not touched)",
    },
    "newpost.created": {
        "lv": "Izveidots {path} (Status: draft). Atveriet to, uzrakstiet tekstu un skatiet to ar make serve "
              "adresē http://127.0.0.1:8000/.",
        "en": "Created {path} (Status: draft). Open it, write the text, and see it at http://127.0.0.1:8000/ "
              "with make serve.",
    },
    "newpost.no_title": {
        "lv": "virsrakstā vajag burtus vai ciparus, piemēram, TITLE=\"Ventspils novadā atklāts grupu dzīvoklis\"",
        "en": "the title needs letters or digits, e.g. TITLE=\"Ventspils novadā atklāts grupu dzīvoklis\"",
    },
    "newpost.title_missing": {
        "lv": "Norādiet virsrakstu: make newpost TITLE=\"Ventspils novadā atklāts grupu dzīvoklis\"",
        "en": "Give a title: make newpost TITLE=\"Ventspils novadā atklāts grupu dzīvoklis\"",
    },
    "newpost.exists": {
        "lv": "{path} jau ir; tas netika mainīts. Izvēlieties citu virsrakstu vai rediģējiet šo failu.",
        "en": "{path} already exists; it was not changed. Choose another title or edit that file.",
    },
    "deploy.refused": {
        "lv": "Publicēšana atteikta: {reason}",
        "en": "Deploy refused: {reason}",
    },
    "deploy.done": {
        "lv": "Nokopēts {output}/ → {target}",
        "en": "Deployed {output}/ → {target}",
    },
    "deploy.dry_run": {
        "lv": "Izmēģinājums, nekas netika kopēts: {output}/ → {target}",
        "en": "Dry run: nothing copied {output}/ → {target}",
    },
    "deploy.not_public_address": {
        "lv": "{output}/ ir būvēts adresei {address}, nevis vietnes https adresei ar īstu domēna vārdu; "
              "vispirms make publish (SITEURL=https://...)",
        "en": "{output}/ was built for {address}, not for the site's https address on a real host name; "
              "run make publish (SITEURL=https://...) first",
    },
    "deploy.no_address": {
        "lv": "bez adreses",
        "en": "no address",
    },
    "problem.warning": {
        "lv": "brīdinājums: ",
        "en": "warning: ",
    },
    # ---- deploying and the output folder (tools/)
    "deploy.failed": {
        "lv": "Publicēšana neizdevās: {reason}; objekti, kuru būvējumā vairs nav, netika dzēsti. Palaidiet make deploy "
              "vēlreiz.",
        "en": "Deploy failed: {reason}; objects the build no longer has were not deleted. Run make deploy again.",
    },
    "deploy.output_is_file": {
        "lv": "{output} ir fails, nevis izvades mape; palaidiet make publish",
        "en": "{output} is a file, not an output folder; run make publish",
    },
    "deploy.not_public_build": {
        "lv": "{output}/ nav publiskā būvējuma (trūkst: {missing}); vispirms make publish",
        "en": "{output}/ holds no public build (missing: {missing}); run make publish first",
    },
    "deploy.no_rsync": {
        "lv": "rsync nav instalēts (Debian: apt-get install rsync)",
        "en": "rsync is not installed (Debian: apt-get install rsync)",
    },
    "deploy.no_target": {
        "lv": "nav mērķa: make deploy DEPLOY_TARGET=lietotajs@serveris:/var/www/{site_folder} (vai vietēja mape, vai "
              "s3://spainis/prefikss)",
        "en": "no target: make deploy DEPLOY_TARGET=user@server:/var/www/{site_folder} (or a local folder, or "
              "s3://bucket/prefix)",
    },
    "deploy.target_refused": {
        "lv": "mērķis '{target}' atteikts: {reason}",
        "en": "target '{target}' refused: {reason}",
    },
    "deploy.target.system_folder": {
        "lv": "{path} ir sistēmas mape vai satur to; norādiet vietnes mapi, piem. /var/www/{site_folder}",
        "en": "{path} is a system folder or contains one; give the site's folder, e.g. /var/www/{site_folder}",
    },
    "deploy.target.home_folder": {
        "lv": "{path} ir mājas mape vai satur to; norādiet vietnes mapi, piem. ~/{site_folder}",
        "en": "{path} is a home folder or contains one; give the site's folder, e.g. ~/{site_folder}",
    },
    "deploy.target.inside_system": {
        "lv": "{path} ir operētājsistēmas mapē; norādiet vietnes mapi, piem. /var/www/{site_folder}",
        "en": "{path} is inside an operating-system folder; give the site's folder, e.g. /var/www/{site_folder}",
    },
    "deploy.target.is_home": {
        "lv": "tā ir mājas mape; norādiet vietnes mapi, piem. ~/{site_folder}",
        "en": "that is the home folder; give the site's folder, e.g. ~/{site_folder}",
    },
    "deploy.target.control_characters": {
        "lv": "ceļā ir vadības rakstzīmes",
        "en": "the path has control characters",
    },
    "deploy.target.dot_dot": {
        "lv": "ceļā ir '..'; norādiet mapi tieši",
        "en": "the path has '..'; give the folder itself",
    },
    "deploy.target.spaces": {
        "lv": "sākumā vai beigās ir atstarpes vai rindas pārnesums",
        "en": "it begins or ends with spaces or a line break",
    },
    "deploy.target.unknown_kind": {
        "lv": "nav ne serveris (lietotajs@serveris:/ceļš), ne vietēja mape",
        "en": "neither a server (user@server:/path) nor a local folder",
    },
    "deploy.target.is_output": {
        "lv": "tā ir izvades mape {output}/ vai satur to; norādiet citu mapi",
        "en": "that is the output folder {output}/ or contains it; give another folder",
    },
    "deploy.target.in_output": {
        "lv": "tas ir izvades mapē {output}/; norādiet mapi ārpus tās",
        "en": "that is inside the output folder {output}/; give a folder outside it",
    },
    "deploy.target.is_file": {
        "lv": "tas ir fails, nevis mape",
        "en": "that is a file, not a folder",
    },
    "deploy.target.cannot_create": {
        "lv": "mapi nevar izveidot ({reason})",
        "en": "the folder cannot be created ({reason})",
    },
    "deploy.target.not_allow_listed": {
        "lv": "mapes nosaukumam jābeidzas ar '{site_folder}' (piem. /var/www/{site_folder}) vai mapē jābūt failam "
              "{marker} no iepriekšējās publicēšanas",
        "en": "the folder's name must end in '{site_folder}' (e.g. /var/www/{site_folder}) or the folder must hold "
              "the file {marker} of an earlier deploy",
    },
    "deploy.s3.bad_location": {
        "lv": "vajag s3://spainis/{site_folder} (bez '..')",
        "en": "expected s3://bucket/{site_folder} (without '..')",
    },
    "deploy.s3.not_allow_listed": {
        "lv": "prefiksam jābeidzas ar '{site_folder}' (piem. s3://spainis/{site_folder}) vai tur jābūt {manifest} no "
              "iepriekšējās publicēšanas",
        "en": "the prefix must end in '{site_folder}' (e.g. s3://bucket/{site_folder}) or hold {manifest} of an "
              "earlier deploy",
    },
    "deploy.s3.no_credentials": {
        "lv": "nav S3 piekļuves atslēgu: iestatiet AWS_ACCESS_KEY_ID un AWS_SECRET_ACCESS_KEY",
        "en": "no S3 access keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
    },
    "deploy.s3.answered": {
        "lv": "S3 atbildēja {code}: {reason}",
        "en": "S3 answered {code}: {reason}",
    },
    "deploy.s3.not_deleted": {
        "lv": "S3: {name} netika dzēsts: {code} {reason}",
        "en": "S3: {name} was not deleted: {code} {reason}",
    },
    "deploy.s3.would_upload": {
        "lv": "augšupielādētu: {path}",
        "en": "would upload: {path}",
    },
    "deploy.s3.would_delete": {
        "lv": "dzēstu: {path}",
        "en": "would delete: {path}",
    },
    "deploy.s3.summary": {
        "lv": "S3 {location}: augšupielādēti {uploaded}, nemainīti {unchanged}, dzēsti {deleted}",
        "en": "S3 {location}: uploaded {uploaded}, unchanged {unchanged}, deleted {deleted}",
    },
    "output.busy": {
        "lv": "{output}/: cita būvēšana joprojām notiek (gaidīts {seconds} s); mēģiniet vēlreiz, kad tā beigsies",
        "en": "{output}/: another build is still running (waited {seconds} s); try again when it has finished",
    },
    "output.stopped": {
        "lv": "{where}: būvēšana apturēta, {reason}; {output}/ palika, kāda bija",
        "en": "{where}: build stopped, {reason}; {output}/ was left as it was",
    },
    "output.reason.no_space": {
        "lv": "diskā nav vietas",
        "en": "no space left on the disk",
    },
    "output.reason.quota": {
        "lv": "pārsniegta diska kvota",
        "en": "the disk quota is exceeded",
    },
    "output.reason.read_only": {
        "lv": "failu sistēma ir tikai lasāma",
        "en": "the file system is read-only",
    },
    "output.reason.no_write_permission": {
        "lv": "nav atļaujas rakstīt",
        "en": "no permission to write",
    },
    "output.reason.not_permitted": {
        "lv": "darbība nav atļauta",
        "en": "the operation is not permitted",
    },
    "output.reason.busy": {
        "lv": "mape ir aizņemta (piemontēta vai atvērta citur)",
        "en": "the folder is busy (mounted or open elsewhere)",
    },
    "output.reason.name_too_long": {
        "lv": "faila nosaukums ir pārāk garš",
        "en": "a file name is too long",
    },
    "output.reason.file_in_path": {
        "lv": "ceļā ir fails, kur vajadzīga mape",
        "en": "the path has a file where a folder is needed",
    },
    "output.reason.io_error": {
        "lv": "ievades/izvades kļūda diskā",
        "en": "an input/output error on the disk",
    },
    # ---- the WordPress import (tools/wordpress/)
    "wordpress.uploads_missing": {
        "lv": "UPLOADS={uploads}: mape nav atrasta; norādiet WordPress mapi wp-content/uploads (vai izlaidiet UPLOADS)",
        "en": "UPLOADS={uploads}: folder not found; give WordPress's wp-content/uploads folder (or leave UPLOADS out)",
    },
    "wordpress.not_content_folder": {
        "lv": "{content}: tā nav satura mape (nav partners/); palaidiet komandu projekta mapē",
        "en": "{content}: that is not a content folder (no partners/); run the command in the project's folder",
    },
    "wordpress.nothing_written": {
        "lv": "Nekas netika rakstīts.",
        "en": "Nothing was written.",
    },
    "wordpress.done": {
        "lv": "Imports pabeigts. Ziņas: {news}, lapas: {pages}, nokopēti faili: {copied}, jaunas pāradresācijas: "
              "{redirects}, jāpārbauda: {to_look_at} — skatiet {report}",
        "en": "Import finished. News: {news}, pages: {pages}, files copied: {copied}, new redirects: {redirects}, "
              "to look at: {to_look_at} — see {report}",
    },
    "wordpress.wxr.unreadable": {
        "lv": "{path}: eksporta failu nevar nolasīt ({reason})",
        "en": "{path}: the export file cannot be read ({reason})",
    },
    "wordpress.wxr.too_big": {
        "lv": "{path}: fails ir {size} MB liels, vairāk nekā {limit} MB, ko šis imports pieņem; eksportējiet ierakstus "
              "pa daļām (Rīki → Eksportēt → izvēlieties datumus) un importējiet katru failu",
        "en": "{path}: the file is {size} MB, more than the {limit} MB this import accepts; export the posts in parts "
              "(Tools → Export → choose the dates) and import each file",
    },
    "wordpress.wxr.declarations": {
        "lv": "{path}: failā ir DTD vai entītiju deklarācijas ({kind}); WordPress eksportā to nekad nav, tāpēc fails "
              "netika lasīts — eksportējiet vietni no WordPress vēlreiz",
        "en": "{path}: the file has a DTD or entity declarations ({kind}); a WordPress export never has them, so the "
              "file was not read — export the site from WordPress again",
    },
    "wordpress.wxr.not_xml": {
        "lv": "{path}:{line}: tas nav XML fails ({reason}); norādiet .xml failu, ko izveidoja WordPress "
              "(Rīki → Eksportēt)",
        "en": "{path}:{line}: that is not an XML file ({reason}); give the .xml file WordPress made (Tools → Export)",
    },
    "wordpress.wxr.not_rss": {
        "lv": "{path}: tas nav WordPress eksports (nav <rss><channel>); norādiet failu no WordPress (Rīki → Eksportēt)",
        "en": "{path}: that is not a WordPress export (no <rss><channel>); give a file from WordPress (Tools → Export)",
    },
    "wordpress.wxr.wrong_version": {
        "lv": "{path}: tas nav WordPress eksports WXR 1.1 vai 1.2 formātā ({found}); eksportējiet vēlreiz ar WordPress "
              "3.1 vai jaunāku (Rīki → Eksportēt)",
        "en": "{path}: that is not a WordPress export in the WXR 1.1 or 1.2 format ({found}); export again with "
              "WordPress 3.1 or newer (Tools → Export)",
    },
    "wordpress.wxr.other_namespace": {
        "lv": "tajā ir {namespace}",
        "en": "it has {namespace}",
    },
    "wordpress.wxr.no_wp_elements": {
        "lv": "tajā nav wp: elementu",
        "en": "it has no wp: elements",
    },
    "wordpress.manifest.unreadable": {
        "lv": "{path}: importa manifestu nevar nolasīt ({reason}); atjaunojiet to no git",
        "en": "{path}: the import manifest cannot be read ({reason}); restore it from git",
    },
    "wordpress.manifest.not_object": {
        "lv": "{path}: importa manifests nav JSON objekts; atjaunojiet to no git",
        "en": "{path}: the import manifest is not a JSON object; restore it from git",
    },
    "wordpress.redirects.yaml_error": {
        "lv": "{path}: YAML kļūda ({reason}); izlabojiet failu (make check) un importējiet vēlreiz",
        "en": "{path}: a YAML error ({reason}); fix the file (make check) and import again",
    },
    "wordpress.redirects.not_mapping": {
        "lv": "{path}:1: jābūt rindām 'vecā adrese: jaunā adrese'; izlabojiet failu un importējiet vēlreiz",
        "en": "{path}:1: expected lines 'old address: new address'; fix the file and import again",
    },
    "wordpress.report.title": {
        "lv": "WordPress importa pārskats",
        "en": "WordPress import report",
    },
    "wordpress.report.dry_run": {
        "lv": "(izmēģinājums --dry-run: nekas netika rakstīts)",
        "en": "(trial run --dry-run: nothing was written)",
    },
    "wordpress.report.source": {
        "lv": "Eksports: `{source}` (WXR {version}), vecā vietne {site}.",
        "en": "Export: `{source}` (WXR {version}), old site {site}.",
    },
    "wordpress.report.table_head": {
        "lv": "| kas | skaits |",
        "en": "| what | count |",
    },
    "wordpress.report.nothing_to_look_at": {
        "lv": "Nekas nav jāpārbauda.",
        "en": "Nothing to look at.",
    },
    "wordpress.count.news": {
        "lv": "ziņas (posts)",
        "en": "news (posts)",
    },
    "wordpress.count.pages": {
        "lv": "lapas (pages)",
        "en": "pages",
    },
    "wordpress.count.drafts": {
        "lv": "melnraksti (draft, pending, private → Status: draft)",
        "en": "drafts (draft, pending, private → Status: draft)",
    },
    "wordpress.count.scheduled": {
        "lv": "plānotie (future: datums saglabāts)",
        "en": "scheduled (future: date kept)",
    },
    "wordpress.count.media_copied": {
        "lv": "nokopēti attēli un dokumenti",
        "en": "images and documents copied",
    },
    "wordpress.count.media_missing": {
        "lv": "trūkstoši faili",
        "en": "missing files",
    },
    "wordpress.count.guesses": {
        "lv": "partneru un pakalpojumu minējumi",
        "en": "partner and service guesses",
    },
    "wordpress.count.redirects": {
        "lv": "pāradresācijas: pievienotas / jau bija",
        "en": "redirects: added / already there",
    },
    "wordpress.count.files": {
        "lv": "faili: izveidoti / atjaunināti / nemainīti / izlaisti",
        "en": "files: created / updated / unchanged / skipped",
    },
    "wordpress.count.not_content": {
        "lv": "nav saturs (pielikumi, izvēlņu vienumi, citi tipi)",
        "en": "not content (attachments, menu items, other types)",
    },
    "wordpress.count.to_look_at": {
        "lv": "jāpārbauda",
        "en": "to look at",
    },
    "wordpress.section.untitled": {
        "lv": "Ieraksti bez virsraksta (virsraksts izveidots no datuma un pirmajiem vārdiem)",
        "en": "Posts without a title (a title made from the date and the first words)",
    },
    "wordpress.section.shortcodes": {
        "lv": "Nezināmi īskodi (shortcodes), atstāti kā teksts",
        "en": "Unknown shortcodes, left as text",
    },
    "wordpress.section.missing": {
        "lv": "Trūkstoši attēli un dokumenti (saite uz veco adresi)",
        "en": "Missing images and documents (a link to the old address)",
    },
    "wordpress.section.alt": {
        "lv": "Attēli bez alt teksta (apraksts izveidots no faila nosaukuma vai virsraksta; uzrakstiet īstu)",
        "en": "Images without alt text (a description made from the file name or the title; write a real one)",
    },
    "wordpress.section.guesses": {
        "lv": "Partneru un pakalpojumu minējumi (pārbaudiet Partners: un Services:)",
        "en": "Partner and service guesses (check Partners: and Services:)",
    },
    "wordpress.section.skipped": {
        "lv": "Izlaisti faili (netika pārrakstīti)",
        "en": "Files skipped (not overwritten)",
    },
    "wordpress.section.redirects": {
        "lv": "Pāradresācijas, kas netika pievienotas (redirects.yaml jau norāda citur vai vecā adrese ir esoša lapa)",
        "en": "Redirects not added (redirects.yaml already points elsewhere or the old address is an existing page)",
    },
    "wordpress.section.dropped": {
        "lv": "Izņemti elementi (skripti, formas, galerijas attēli, kuru eksportā nav)",
        "en": "Elements removed (scripts, forms, gallery images not in the export)",
    },
    "wordpress.section.other": {
        "lv": "Citi",
        "en": "Other",
    },
    "wordpress.note.address_is_a_page": {
        "lv": "`{old}` → `{new}`: vecā adrese tagad ir cita lapa — pāradresācija netika pievienota",
        "en": "`{old}` → `{new}`: the old address is now another page — no redirect was added",
    },
    "wordpress.note.redirect_kept": {
        "lv": "`{old}` → jau `{target}` (imports gribēja `{new}`)",
        "en": "`{old}` → already `{target}` (the import wanted `{new}`)",
    },
    "wordpress.note.edited": {
        "lv": "`{path}`: rediģēts pēc importa — netika pārrakstīts",
        "en": "`{path}`: edited since the import — not overwritten",
    },
    "wordpress.note.foreign": {
        "lv": "`{path}`: tur jau ir cits fails, ko imports nav rakstījis — netika pārrakstīts",
        "en": "`{path}`: a file the import did not write is already there — not overwritten",
    },
    "wordpress.note.deleted": {
        "lv": "`{path}`: izdzēsts pēc importa — netika izveidots no jauna",
        "en": "`{path}`: deleted since the import — not created again",
    },
    "wordpress.note.type_not_imported": {
        "lv": "{item}: šī tipa ieraksti netiek importēti",
        "en": "{item}: items of this type are not imported",
    },
    "wordpress.note.status_not_imported": {
        "lv": "{item}: statuss '{status}' — netika importēts",
        "en": "{item}: status '{status}' — not imported",
    },
    "wordpress.note.no_date": {
        "lv": "{item}: nav datuma — netika importēts",
        "en": "{item}: no date — not imported",
    },
    "wordpress.note.slug_taken": {
        "lv": "{item}: adrese '{taken}' jau aizņemta, lietota '{slug}'",
        "en": "{item}: the address '{taken}' is taken already, '{slug}' used instead",
    },
    "wordpress.note.password": {
        "lv": "{item}: aizsargāts ar paroli — importēts kā melnraksts",
        "en": "{item}: protected by a password — imported as a draft",
    },
    # ---- hints shared by several checks
    "hint.did_you_mean": {
        "lv": "vai domājāt '{name}'?",
        "en": "did you mean '{name}'?",
    },
    "hint.check_spelling": {
        "lv": "pārbaudiet rakstību pēc failu nosaukumiem",
        "en": "check the spelling against the file names",
    },
    "hint.not_used": {
        "lv": "vietne to neizmanto",
        "en": "it is not used by the site",
    },
    "hint.allowed_fields": {
        "lv": "atļautie lauki: {fields}",
        "en": "allowed fields: {fields}",
    },
    "field.twice": {
        "lv": "'{key}' norādīts divreiz (pirmoreiz {line}. rindā); atstājiet vienu",
        "en": "'{key}' is given twice (first on line {line}); keep one",
    },
    "header.control": {
        "lv": "galvenē ir neredzama vadības rakstzīme U+{code}; izdzēsiet to (tā var paslēpt lauku vai sabojāt plūsmu)",
        "en": "the header contains an invisible control character U+{code}; delete it (it can hide a field or break a feed)",
    },
    "field.unknown": {
        "lv": "nezināms lauks '{field}'; {hint}",
        "en": "unknown field '{field}'; {hint}",
    },
    # ---- files (content/sources.py, content/yaml_source.py, content/directory.py)
    "file.not_utf8": {
        "lv": "fails nav UTF-8 teksts; saglabājiet to UTF-8 kodējumā",
        "en": "the file is not UTF-8 text ({detail}); save it as UTF-8",
    },
    "file.unreadable": {
        "lv": "failu nevar nolasīt",
        "en": "cannot read the file: {detail}",
    },
    "yaml.parse_at": {
        "lv": "YAML nevar nolasīt; pārbaudiet atkāpes, kolus un pēdiņas",
        "en": "YAML does not parse: {detail}; check indentation, colons and quotes",
    },
    "yaml.parse": {
        "lv": "YAML nevar nolasīt; pārbaudiet atkāpes, kolus un pēdiņas",
        "en": "YAML does not parse: {detail}",
    },
    "yaml.bad_character": {
        "lv": "YAML šeit neatļauj rakstzīmi U+{code}; izdzēsiet to (tā var būt ienākusi, kopējot tekstu)",
        "en": "YAML does not allow the character U+{code} here; delete it (it may come from copy-paste)",
    },
    "yaml.not_yaml": {
        "lv": "'{name}' netiek ņemts vērā: failiem mapē {folder}/ jābeidzas ar .yaml",
        "en": "'{name}' is ignored: files in {folder}/ must end in .yaml",
    },
    "yaml.name_not_slug": {
        "lv": "faila nosaukums '{name}' neder adresei; izmantojiet mazos burtus a-z, ciparus 0-9 un defises, "
              "piemēram, '{suggestion}.yaml'",
        "en": "file name '{name}' is not a slug; use lower-case a-z, 0-9 and hyphens, e.g. '{suggestion}.yaml'",
    },
    "yaml.anchor": {
        "lv": "YAML enkuri un atsauces ({sign}{name}) satura failos nav atļauti; uzrakstiet vērtību tieši",
        "en": "YAML anchors and aliases ({sign}{name}) are not allowed in content files; write the value itself",
    },
    "yaml.too_deep": {
        "lv": "YAML ir ligzdots dziļāk par {depth} līmeņiem; pārbaudiet iekavas un atkāpes",
        "en": "the YAML is nested deeper than {depth} levels; check the brackets and indentation",
    },
    "yaml.control_character": {
        "lv": "vērtībā ir vadības rakstzīme U+{code}; izdzēsiet to (tā var būt ielīmēta no citurienes)",
        "en": "the value has the control character U+{code}; delete it (it may have been pasted from elsewhere)",
    },
    "file.broken_symlink": {
        "lv": "simboliska saite, kas nekur neved; izdzēsiet to",
        "en": "a symbolic link that leads nowhere; delete it",
    },
    "file.symlink_outside": {
        "lv": "simboliska saite uz {target} ārpus content/; ielieciet pašu failu content/ mapē",
        "en": "a symbolic link to {target} outside content/; put the file itself in the content/ folder",
    },
    "field.unsafe_link": {
        "lv": "laukā '{field}' saite '{target}' nav atļauta: tikai https://, http://, mailto:, tel: vai vietnes "
              "adrese (/...)",
        "en": "the link '{target}' in '{field}' is not allowed: only https://, http://, mailto:, tel: or a site "
              "address (/...)",
    },
    # ---- partner and service records (content/schema_errors.py, content/records.py, content/directory.py)
    "schema.not_fields": {
        "lv": "faila augšējā līmenī jābūt laukiem, piemēram, 'name: ...'; atrasts: {found}",
        "en": "expected fields like 'name: ...' at the top level, found {found}",
    },
    "schema.found_empty": {"lv": "tukšs fails", "en": "an empty file"},
    "schema.found_type": {"lv": "{kind}", "en": "a {kind}"},
    "schema.missing": {
        "lv": "trūkst obligātā lauka '{name}'; pievienojiet rindu '{name}: ...'",
        "en": "required field '{name}' is missing; add a line '{name}: ...'",
    },
    "schema.enum": {
        "lv": "'{value}' nav derīga lauka {field} vērtība; izmantojiet vienu no: {choices}",
        "en": "'{value}' is not a valid {field}; use one of: {choices}",
    },
    "schema.text": {
        "lv": "'{name}' jābūt tekstam, kas nav tukšs; rakstiet vērtību aiz kola (pēdiņās, ja tajā ir ': ' vai '#')",
        "en": "'{name}' must be non-empty text; write the value after the colon (quote it if it contains ': ' or '#')",
    },
    "schema.list": {
        "lv": "'{name}' jābūt sarakstam, piemēram, {name}: [pirmais, otrais]",
        "en": "'{name}' must be a list, e.g. {name}: [first, second]",
    },
    "schema.too_short": {
        "lv": "'{name}' vajag vismaz vienu vērtību",
        "en": "'{name}' needs at least one item",
    },
    "schema.mapping": {
        "lv": "'{name}' jāsatur lauki (pāri nosaukums: vērtība), nevis '{value}'",
        "en": "'{name}' must hold fields (name: value pairs), not '{value}'",
    },
    "schema.number": {
        "lv": "'{name}' jābūt skaitlim, piemēram, 56.9670",
        "en": "'{name}' must be a number like 56.9670",
    },
    "record.phone": {
        "lv": "'{value}' nav tālruņa numurs; rakstiet ciparus, atstarpes un, ja vajag, + sākumā",
        "en": "'{value}' is not a phone number; write digits, spaces and an optional leading +",
    },
    "record.email": {
        "lv": "'{value}' nav e-pasta adrese, piemēram, vards.uzvards@example.lv",
        "en": "'{value}' is not an e-mail address like vards.uzvards@example.lv",
    },
    "record.latitude": {
        "lv": "platums {value} ir ārpus Latvijas ({low}–{high}); vai lat un lon nav samainīti vietām?",
        "en": "latitude {value} is outside Latvia ({low}–{high}); are lat and lon swapped?",
    },
    "record.longitude": {
        "lv": "garums {value} ir ārpus Latvijas ({low}–{high}); vai lat un lon nav samainīti vietām?",
        "en": "longitude {value} is outside Latvia ({low}–{high}); are lat and lon swapped?",
    },
    "record.url": {
        "lv": "'{value}' nav tīmekļa adrese; tai jāsākas ar https:// vai http://",
        "en": "'{value}' is not a web address; it must start with https:// or http://",
    },
    # ---- fact blocks: service entries, the social service (content/sourced.py)
    "fact.in_service_entry": {"lv": "pakalpojuma ierakstā", "en": "in the service entry"},
    "fact.in_social_service": {"lv": "sociālā dienesta aprakstā", "en": "in the social service block"},
    "fact.unknown_field": {
        "lv": "nezināms lauks '{field}' {where}; {hint}",
        "en": "unknown field '{field}' {where}; {hint}",
    },
    "fact.missing": {
        "lv": "{where} trūkst lauka '{field}'; pievienojiet rindu '{field}: {example}'",
        "en": "the field '{field}' is missing {where}; add a line '{field}: {example}'",
    },
    "fact.source_missing": {
        "lv": "trūkst lauka 'source': norādiet publiska dokumenta (preses relīzes, DI plāna, pašvaldības lapas) adresi, "
              "kurā šis fakts minēts, piem., 'source: https://www.kurzemesregions.lv/...'",
        "en": "the field 'source' is missing: give the address of the public document (press release, DI plan, "
              "municipality page) that states this fact, e.g. 'source: https://www.kurzemesregions.lv/...'",
    },
    "fact.source_not_text": {
        "lv": "'source' jābūt publiska dokumenta adresei, piem., 'source: https://www.kurzemesregions.lv/...'",
        "en": "'source' must be the address of a public document, e.g. 'source: https://www.kurzemesregions.lv/...'",
    },
    "fact.source_not_url": {
        "lv": "'{value}' nav derīga avota adrese; tai jāsākas ar https:// vai http:// (piem., https://kurzemevisiem.lv/...)",
        "en": "'{value}' is not a valid source address; it must start with https:// or http:// (e.g. https://kurzemevisiem.lv/...)",
    },
    "fact.checked_not_date": {
        "lv": "'checked: {value}' nav datums; rakstiet GGGG-MM-DD, piem., 'checked: 2026-12-03'",
        "en": "'checked: {value}' is not a date; write YYYY-MM-DD, e.g. 'checked: 2026-12-03'",
    },
    "fact.checked_in_future": {
        "lv": "'checked: {value}' ir nākotnē; ierakstiet dienu, kad avotu pārbaudījāt",
        "en": "'checked: {value}' is in the future; write the day you read the source",
    },
    # ---- service entries of a partner (content/availability.py)
    "entry.shape": {
        "lv": "katrs 'services' ieraksts ir vai nu pakalpojuma slugs (piem., 'grupu-dzivoklis'), vai lauki "
              "'service', 'status', 'source', ...",
        "en": "each 'services' item is either a service slug (e.g. 'grupu-dzivoklis') or the fields "
              "'service', 'status', 'source', ...",
    },
    "entry.status_missing": {
        "lv": "pakalpojuma ierakstā trūkst lauka 'status'; rakstiet available (pieejams), planned (plānots) vai closed (slēgts)",
        "en": "the field 'status' is missing in the service entry; write available, planned or closed",
    },
    "entry.status_unknown": {
        "lv": "'{value}' nav derīgs statuss; lietojiet available (pieejams), planned (plānots) vai closed (slēgts)",
        "en": "'{value}' is not a valid status; use available, planned or closed",
    },
    "entry.since_not_date": {
        "lv": "'since: {value}' nav datums; rakstiet GGGG-MM-DD, GGGG-MM vai GGGG (piem., 2023-07-18)",
        "en": "'since: {value}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-07-18)",
    },
    "entry.since_in_future": {
        "lv": "'since: {value}' ir nākotnē, bet statuss ir 'available': pieejams pakalpojums nevar sākties nākotnē; "
              "labojiet datumu vai rakstiet 'status: planned'",
        "en": "'since: {value}' is in the future, but the status is 'available': an available service cannot start "
              "in the future; correct the date or write 'status: planned'",
    },
    "entry.places_not_count": {
        "lv": "'places: {value}' jābūt vietu skaitam (veselam skaitlim, lielākam par 0), piem., 'places: 16'",
        "en": "'places: {value}' must be a number of places (a whole number above 0), e.g. 'places: 16'",
    },
    "social_service.shape": {
        "lv": "'social_service' jābūt laukiem (name, address, phone, email, hours, source), nevis vienam tekstam",
        "en": "'social_service' must be fields (name, address, phone, email, hours, source), not one text",
    },
    "partner.region_missing": {
        "lv": "pašvaldībai jānorāda 'region: kurzeme' (Kurzemes pašvaldība) vai 'region: other' (cita plānošanas reģiona pašvaldība)",
        "en": "a municipality needs 'region: kurzeme' or 'region: other'",
    },
    "partner.parent_missing": {
        "lv": "filiālei ('type: care-centre-branch') jānorāda 'parent' ar tās valsts sociālās aprūpes centra slugu, "
              "piem., 'parent: vsac-kurzeme'",
        "en": "a care-centre-branch needs 'parent: <slug of its state care centre>', e.g. 'parent: vsac-kurzeme'",
    },
    "partner.region_only_municipality": {
        "lv": "'region' ir tikai pašvaldībām; izdzēsiet to vai norādiet 'type: municipality' (type ir '{type}')",
        "en": "'region' is only for municipalities; remove it or set 'type: municipality' (type is '{type}')",
    },
    "partner.location_source_only_with_location": {
        "lv": "'location_source' ir tikai kopā ar 'location'; izdzēsiet to vai ierakstiet atrašanās vietu, ko avots norāda",
        "en": "'location_source' goes only with 'location'; remove it or add the location the source gives",
    },
    "partner.parent_only_branch": {
        "lv": "'parent' ir tikai partneriem ar 'type: care-centre-branch' (type ir '{type}'); izdzēsiet to",
        "en": "'parent' is only for care-centre-branch partners (type is '{type}'); remove it",
    },
    "partner.unknown_parent": {
        "lv": "nezināms partneris '{parent}' laukā 'parent'; {hint}",
        "en": "unknown partner '{parent}' in 'parent'; {hint}",
    },
    "partner.parent_not_centre": {
        "lv": "'parent' '{parent}' ir {type}, nevis state-care-centre",
        "en": "parent '{parent}' is a {type}, not a state-care-centre",
    },
    "partner.unknown_service": {
        "lv": "nezināms pakalpojums '{slug}' laukā 'services'; {hint}",
        "en": "unknown service '{slug}' in 'services'; {hint}",
    },
    "partner.service_twice": {
        "lv": "pakalpojums '{slug}' norādīts divreiz; atstājiet vienu",
        "en": "service '{slug}' is listed twice; keep one",
    },
    "service.reserved_for_table": {
        "lv": "pakalpojuma adrese '{slug}' ir rezervēta pieejamības tabulai; pārdēvējiet failu",
        "en": "the service slug '{slug}' is reserved for the availability table; rename the file",
    },
    "service.reserved_for_easy_read": {
        "lv": "pakalpojuma adrese '{slug}' ir rezervēta pakalpojumu pārskatam vieglajā valodā; pārdēvējiet failu",
        "en": "the service slug '{slug}' is reserved for the easy-to-read overview of services; rename the file",
    },
    "glossary.shape": {
        "lv": "vārdnīcā jābūt rindām 'SAĪSINĀJUMS: atšifrējums'",
        "en": "the glossary must be lines of 'ABBREVIATION: expansion'",
    },
    "glossary.not_abbreviation": {
        "lv": "'{key}' nav saīsinājums; izmantojiet burtus un ciparus, piemēram, 'GRT'",
        "en": "'{key}' is not an abbreviation; use letters and digits, e.g. 'GRT'",
    },
    "glossary.no_expansion": {
        "lv": "'{key}' vajag atšifrējumu tekstā, piemēram, '{key}: garīga rakstura traucējumi'",
        "en": "'{key}' needs its expansion as text, e.g. '{key}: garīga rakstura traucējumi'",
    },
    # ---- news and pages (content/news_check.py, content/lv/dates.py)
    "news.title_missing": {
        "lv": "trūkst obligātā lauka 'Title' vai tas ir tukšs; sāciet failu ar 'Title: ...'",
        "en": "required field 'Title' is missing or empty; start the file with 'Title: ...'",
    },
    "news.date_missing": {
        "lv": "trūkst obligātā lauka 'Date' vai tas ir tukšs; zem virsraksta pievienojiet 'Date: GGGG-MM-DD'",
        "en": "required field 'Date' is missing or empty; add 'Date: YYYY-MM-DD' below the title",
    },
    "news.slug_digits": {
        "lv": "adrese (slug) '{slug}' sakristu ar numurētajām ziņu saraksta lapām (/jaunumi/2/, ...); "
              "pievienojiet 'Slug:' ar vārdiem",
        "en": "slug '{slug}' would clash with the numbered news list pages (/jaunumi/2/, ...); add a Slug with words",
    },
    "news.summary_empty": {
        "lv": "kopsavilkums ir tukšs: tekstā nav rindkopas, no kuras to ņemt; pievienojiet 'Summary: viens teikums'",
        "en": "the summary is empty: the body has no paragraph to take it from; add 'Summary: one sentence'",
    },
    "news.bad_date": {
        "lv": "{field}: {problem}",
        "en": "{field}: {problem}",
    },
    "date.format_with_time": {"lv": "GGGG-MM-DD vai GGGG-MM-DD SS:MM", "en": "YYYY-MM-DD or YYYY-MM-DD HH:MM"},
    "date.format": {"lv": "GGGG-MM-DD", "en": "YYYY-MM-DD"},
    "date.not_a_date": {
        "lv": "'{text}' nav datums formā {expected} (piemēram, 2016-04-26)",
        "en": "'{text}' is not a date in the form {expected} (e.g. 2016-04-26)",
    },
    "date.not_real": {
        "lv": "'{text}' nav īsts datums vai laiks (tādas dienas, mēneša vai stundas nav)",
        "en": "'{text}' is not a real date ({detail})",
    },
    "news.status_unknown": {
        "lv": "Status '{status}' nav zināms; izmantojiet vienu no: {choices}",
        "en": "Status '{status}' is unknown; use one of: {choices}",
    },
    "news.email_bad": {
        "lv": "Author_email '{email}' nav e-pasta adrese",
        "en": "Author_email '{email}' is not an e-mail address",
    },
    "news.unknown_partner": {
        "lv": "nezināms partneris '{slug}' laukā Partners: nav faila content/partners/{slug}.yaml; {hint}",
        "en": "unknown partner '{slug}' in Partners: no content/partners/{slug}.yaml; {hint}",
    },
    "news.unknown_partner_name": {
        "lv": "nezināms partneris '{slug}' laukā Partners: nav faila content/partners/{slug}.yaml un nav partnera ar tādu nosaukumu; {hint}",
        "en": "unknown partner '{slug}' in Partners: no content/partners/{slug}.yaml and no partner of that name; {hint}",
    },
    "news.partner_name_ambiguous": {
        "lv": "'{slug}' laukā Partners atbilst vairākiem partneriem ({slugs}); ierakstiet vajadzīgā partnera faila nosaukumu",
        "en": "'{slug}' in Partners names more than one partner ({slugs}); write the file name of the one you mean",
    },
    "hint.did_you_mean_partner": {
        "lv": "vai domājāt '{slug}' ({name})?",
        "en": "did you mean '{slug}' ({name})?",
    },
    "hint.partner_file_or_name": {
        "lv": "ierakstiet faila nosaukumu no content/partners/ (bez .yaml) vai partnera nosaukumu",
        "en": "write the file name from content/partners/ (without .yaml) or the partner's name",
    },
    "news.placeholder": {
        "lv": "šeit vēl ir make newpost paraugteksts; ierakstiet tā vietā ziņas tekstu",
        "en": "the placeholder text of 'make newpost' is still here; write the news text in its place",
    },
    "news.unknown_service": {
        "lv": "nezināms pakalpojums '{slug}' laukā Services: nav faila content/services/{slug}.yaml; {hint}",
        "en": "unknown service '{slug}' in Services: no content/services/{slug}.yaml; {hint}",
    },
    "image.alt_without_image": {
        "lv": "Image_alt ir norādīts, bet Image nav; pievienojiet 'Image: fails.jpg' vai izdzēsiet Image_alt",
        "en": "Image_alt is set but Image is not; add 'Image: file.jpg' or remove Image_alt",
    },
    "image.alt_missing": {
        "lv": "attēlam vajag 'Image_alt: <kas attēlā redzams>' (teksts tiem, kas attēlu neredz)",
        "en": "Image needs 'Image_alt: <what the picture shows>' (text for people who cannot see it)",
    },
    "image.nul": {
        "lv": "Image satur NUL rakstzīmi; uzrakstiet faila nosaukumu vēlreiz",
        "en": "Image contains a NUL character; write the file name again",
    },
    "image.outside": {
        "lv": "attēlam '{image}' jābūt mapē content/images/",
        "en": "Image '{image}' must be inside content/images/",
    },
    "image.not_found": {
        "lv": "attēls '{image}' nav atrasts: ielieciet failu mapē content/images/ vai izlabojiet nosaukumu",
        "en": "Image '{image}' not found: put the file in content/images/ or fix the name",
    },
    "image.unreadable": {
        "lv": "'{image}' nav attēls, ko vietne var nolasīt; izmantojiet {formats} failu",
        "en": "Image '{image}' is not a picture the site can read; use a {formats} file",
    },
    "news.source_bad": {
        "lv": "Source '{source}' nav derīga avota adrese; rakstiet oriģinālās ziņas adresi, kas sākas ar https:// vai http://",
        "en": "Source '{source}' is not a valid source address; write the original item's address, starting with https:// or http://",
    },
    "slug.none": {
        "lv": "no virsraksta nevar izveidot adresi (slug); pievienojiet 'Slug: vardi-ar-defisem'",
        "en": "cannot make a slug from the title; add 'Slug: words-with-hyphens'",
    },
    "slug.invalid": {
        "lv": "Slug '{slug}' drīkst saturēt tikai mazos burtus a-z, ciparus 0-9 un defises, piemēram, '{example}'",
        "en": "Slug '{slug}' must be lower-case a-z, 0-9 and hyphens, e.g. '{example}'",
    },
    "slug.too_long": {
        "lv": "Slug ir pārāk garš (rakstzīmes: {length}); saīsiniet to līdz {most} rakstzīmēm, piem., '{example}'",
        "en": "Slug is {length} characters long; shorten it to {most}, e.g. '{example}'",
    },
    "slug.reserved": {
        "lv": "adrese (slug) '{slug}' ir rezervēta vietnes sadaļai; izvēlieties citu Slug",
        "en": "slug '{slug}' is reserved for a section of the site; choose another Slug",
    },
    "slug.duplicate": {
        "lv": "adrese (slug) '{slug}' atkārtojas: to jau izmanto {other}; pievienojiet citu 'Slug: ...'",
        "en": "duplicate slug '{slug}': {other} already uses it; add a different 'Slug: ...'",
    },
    # ---- municipalities over time (content/chain.py)
    "chain.ends_before_start": {
        "lv": "'valid_to' ({valid_to}) ir pirms 'valid_from' ({valid_from}); pēdējā diena nevar būt pirms pirmās",
        "en": "'valid_to' ({valid_to}) is before 'valid_from' ({valid_from}); the last day cannot come before the first",
    },
    "chain.source_without_merge": {
        "lv": "'merged_source' ir tikai kopā ar 'merged_into'; izdzēsiet to vai norādiet pēcteci",
        "en": "'merged_source' goes only with 'merged_into'; delete it or name the successor",
    },
    "chain.merge_without_end": {
        "lv": "'merged_into' ir norādīts, bet trūkst 'valid_to': ierakstiet pēdējo dienu, kad pašvaldība pastāvēja, "
              "piem., 'valid_to: 2021-06-30'",
        "en": "'merged_into' is given but 'valid_to' is missing: write the last day the municipality existed, "
              "e.g. 'valid_to: 2021-06-30'",
    },
    "chain.merge_without_source": {
        "lv": "trūkst 'merged_source': norādiet publiska dokumenta adresi, kurā apvienošana minēta",
        "en": "'merged_source' is missing: give the address of a public document that states the merger",
    },
    "chain.merged_into_itself": {
        "lv": "'{slug}' nevar būt apvienots pats ar sevi; 'merged_into' jānorāda cits partneris",
        "en": "'{slug}' cannot be merged into itself; 'merged_into' must name another partner",
    },
    "chain.unknown_successor": {
        "lv": "nezināms partneris '{slug}' laukā 'merged_into'; {hint}",
        "en": "unknown partner '{slug}' in 'merged_into'; {hint}",
    },
    "chain.check_partner_files": {
        "lv": "pārbaudiet, vai tāds fails ir mapē partners/",
        "en": "check that such a file is in the partners/ folder",
    },
    "chain.other_type": {
        "lv": "'{successor}' ir {successor_type}, bet '{slug}' ir {type}; pēctecim jābūt tāda paša veida partnerim",
        "en": "'{successor}' is a {successor_type}, but '{slug}' is a {type}; the successor must be a partner of the "
              "same type",
    },
    "chain.gap": {
        "lv": "pēctecis '{successor}' sākas {successor_from}, bet '{slug}' beidzas {valid_to}: pēctecim jāpastāv jau "
              "nākamajā dienā; pārbaudiet datumus",
        "en": "the successor '{successor}' begins on {successor_from}, but '{slug}' ends on {valid_to}: the successor "
              "must exist by the next day; check the dates",
    },
    "chain.successor_ends_first": {
        "lv": "pēctecis '{successor}' beidzas {successor_to}, ne vēlāk par '{slug}' ({valid_to}); pēctecim jāpastāv "
              "ilgāk",
        "en": "the successor '{successor}' ends on {successor_to}, no later than '{slug}' ({valid_to}); the successor "
              "must last longer",
    },
    "chain.loop": {
        "lv": "apvienošanas ķēde veido apli ({loop}); no viena no tiem noņemiet 'merged_into'",
        "en": "the merger chain goes round in a loop ({loop}); remove 'merged_into' from one of them",
    },
    # ---- pages in two languages (content/check.py, site/translations.py)
    "page.unknown_lang": {
        "lv": "Lang: '{given}' nav šīs vietnes valoda; rakstiet {languages}",
        "en": "Lang: '{given}' is not a language of this site; write {languages}",
    },
    "page.or": {"lv": " vai ", "en": " or "},
    "page.no_original": {
        "lv": "Translation_of: nav latviešu lapas '{slug}'; lapas: {pages}",
        "en": "Translation_of: there is no Latvian page '{slug}'; pages: {pages}",
    },
    # ---- documents and their descriptions (content/documents.py)
    "document.orphan_description": {
        "lv": "apraksts '{name}' ir bez dokumenta: nav faila '{document}'; izdzēsiet aprakstu vai ielieciet dokumentu",
        "en": "the description '{name}' has no document: there is no file '{document}'; delete the description or "
              "add the document",
    },
    "document.no_title": {
        "lv": "dokumentam nav nosaukuma: izveidojiet '{name}' ar rindu 'title: Dokumenta nosaukums'",
        "en": "the document has no title: create '{name}' with the line 'title: Dokumenta nosaukums'",
    },
    "document.not_fields": {
        "lv": "aprakstam jābūt laukiem 'title: ...', 'date: ...' (katrs savā rindā)",
        "en": "the description must consist of fields 'title: ...', 'date: ...' (each on its own line)",
    },
    "document.unknown_field": {
        "lv": "nezināms lauks '{key}'; atļautie: {fields}",
        "en": "unknown field '{key}'; allowed: {fields}",
    },
    "document.not_text": {
        "lv": "laukam '{key}' jābūt tekstam vienā rindā",
        "en": "the field '{key}' must be text on one line",
    },
    "document.bad_date": {
        "lv": "datums '{text}' nav formā GGGG-MM-DD (piemēram, 2017-06-30)",
        "en": "the date '{text}' is not in the form YYYY-MM-DD (for example, 2017-06-30)",
    },
    # ---- redirects from old addresses (content/redirects.py)
    "redirect.not_lines": {
        "lv": "jābūt rindām \"/vecā/adrese/\": \"/jaunā/adrese/\"",
        "en": "expected lines \"/old/address/\": \"/new/address/\"",
    },
    "redirect.bad_old": {
        "lv": "vecā adrese '{old}' nav derīga: tai jāsākas ar '/', bez atstarpēm, pēdiņām, '..', '#' un '?' "
              "(izņemot WordPress formas '/?p=123' un '/?page_id=45')",
        "en": "the old address '{old}' is not valid: it must start with '/', without spaces, quotes, '..', '#' and '?' "
              "(except the WordPress forms '/?p=123' and '/?page_id=45')",
    },
    "redirect.no_target": {
        "lv": "adresei '{old}' nav norādīts, uz kurieni pāradresēt; uzrakstiet jauno adresi, piemēram, "
              "'/jaunumi/virsraksts/'",
        "en": "the address '{old}' does not say where to redirect; write the new address, for example "
              "'/jaunumi/virsraksts/'",
    },
    "redirect.bad_target": {
        "lv": "jaunā adrese '{target}' nav derīga: rakstiet vietnes adresi, kas sākas ar '/', vai pilnu https:// adresi",
        "en": "the new address '{target}' is not valid: write a site address starting with '/', or a full https:// "
              "address",
    },
    "redirect.hides_page": {
        "lv": "vecā adrese '{old}' ir īsta vietnes lapa vai fails; pāradresācija to paslēptu — izdzēsiet šo rindu",
        "en": "the old address '{old}' is a real page or file of the site; the redirect would hide it — delete this "
              "line",
    },
    "redirect.to_itself": {
        "lv": "'{old}' pāradresē uz sevi ('{target}'); norādiet galīgo lapu",
        "en": "'{old}' redirects to itself ('{target}'); give the final page",
    },
    "redirect.to_redirect": {
        "lv": "'{old}' pāradresē uz citu pāradresāciju ('{target}'); norādiet galīgo lapu",
        "en": "'{old}' redirects to another redirect ('{target}'); give the final page",
    },
    "redirect.to_draft": {
        "lv": "'{target}' ir melnraksts, publiskajā vietnē tā nav; publicējiet to vai izdzēsiet rindu",
        "en": "'{target}' is a draft, which the public site does not have; publish it or delete the line",
    },
    "redirect.nowhere": {
        "lv": "jaunā adrese '{target}' neved nekur: vietnē nav lapas {page}{hint}",
        "en": "the new address '{target}' goes nowhere: the site has no page {page}{hint}",
    },
    # ---- links and images in bodies (content/links.py)
    "link.image_no_alt": {
        "lv": "attēlam '{target}' nav alt teksta; kvadrātiekavās uzrakstiet, kas tajā redzams: ![...]({target})",
        "en": "image '{target}' has no alt text; write what it shows between the brackets: ![...]({target})",
    },
    "link.img_no_alt": {
        "lv": "<img> nav atribūta alt; pievienojiet alt=\"kas attēlā redzams\"",
        "en": "<img> has no alt attribute; add alt=\"what it shows\"",
    },
    "link.what.image": {"lv": "attēls", "en": "image"},
    "link.what.link": {"lv": "saite", "en": "link"},
    "link.no_file": {
        "lv": "{what} '{target}' ved nekur: mapē content/ nav faila {relative}",
        "en": "{what} '{target}' goes nowhere: there is no file {relative} in content/",
    },
    "link.no_static_file": {
        "lv": "{what} '{target}' ved nekur: ielieciet failu content{absolute} vai izlabojiet nosaukumu",
        "en": "{what} '{target}' goes nowhere: put the file in content{absolute} or fix the name",
    },
    "link.relative_static": {
        "lv": "{what} '{target}' ir relatīvs pret šīs lapas adresi un ved nekur; sāciet to ar slīpsvītru: '/{path}'",
        "en": "{what} '{target}' is relative to this page's address and goes nowhere; start it with a slash: '/{path}'",
    },
    "link.to_draft": {
        "lv": "{what} '{target}' ved uz melnrakstu, kura publiskajā vietnē nav; vispirms publicējiet to vai "
              "izdzēsiet saiti",
        "en": "{what} '{target}' leads to a draft, which the public site does not have; publish it first or remove "
              "the link",
    },
    "link.no_page": {
        "lv": "{what} '{target}' ved nekur: vietnē nav lapas {page}{hint}",
        "en": "{what} '{target}' goes nowhere: the site has no page {page}{hint}",
    },
}


class UnknownMessage(KeyError):
    """A message key that is not in the catalogue (a programming error, caught by the tests)."""


def language(environ: Mapping[str, str] | None = None) -> str:
    """``lv`` unless ``KV_LANG`` asks for English (``en``, ``en_GB``, ``EN`` ...)."""
    wanted = (environ if environ is not None else os.environ).get(ENVIRONMENT_VARIABLE, "").strip().lower()
    code = wanted.replace("-", "_").split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def plural_category(count: int | float, lang: str) -> str:
    return Locale(lang).plural_form(count)


def message(key: str, /, *, lang: str | None = None, **fields: object) -> str:
    """The text of ``key`` in the writer's language with ``fields`` filled in."""
    try:
        entry = CATALOGUE[key]
    except KeyError:
        raise UnknownMessage(key) from None
    lang = lang or language()
    text = entry[lang]
    if not isinstance(text, str):
        category = plural_category(fields["count"], lang)
        text = text.get(category) or text["other"]
    return text.format(**fields)


def counted(key: str, count: int, *, lang: str | None = None) -> str:
    """A count with its noun: ``counted("count.errors", 21)`` → ``21 kļūda``."""
    return message(key, lang=lang, count=count)


def fields_of(text: Text) -> set[str]:
    forms = [text] if isinstance(text, str) else list(text.values())
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(form) if name}
