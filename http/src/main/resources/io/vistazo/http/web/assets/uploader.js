// The web uploader of /upload: adds files to a queue, lets each be edited, sends each in its own request (a few at
// a time) and shows the results with links and embed codes. Plain JavaScript, no build step. Every text comes from
// the page (#up-i18n) and every setting too (#up-config and data attributes); nothing here is shown untranslated.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const box = $('up-box');
  if (!box) {
    return; // The visitor may not upload: the page only invites to sign in.
  }
  const texts = JSON.parse($('up-i18n').textContent);
  const config = JSON.parse($('up-config').textContent);

  /** The text of a key with %s, %d filled in order and %% as a percent sign, as the server does. */
  function t(key, ...args) {
    let next = 0;
    const template = key in texts ? texts[key] : key;
    return template.replace(/%([%sd])/g, (match, kind) => {
      if (kind === '%') {
        return '%';
      }
      return next < args.length ? String(args[next++]) : match;
    });
  }

  /** An element with attributes and children (text or nodes); never parses HTML. */
  function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'onclick') {
        element.addEventListener('click', value);
      } else if (value !== false && value !== null && value !== undefined) {
        element.setAttribute(name, value === true ? '' : value);
      }
    }
    element.append(...children);
    return element;
  }

  /**
   * Fills an element with a sentence whose pieces become nodes: each [needle, make] replaces the needle text
   * (a placeholder like %s, or a phrase to turn into a link) by make(needle), in order of appearance.
   */
  function sentence(element, text, pieces) {
    element.replaceChildren();
    let rest = text;
    while (rest) {
      let first = null;
      for (const [needle, make] of pieces) {
        const at = rest.indexOf(needle);
        if (at >= 0 && (first === null || at < first.at)) {
          first = { at, needle, make };
        }
      }
      if (first === null) {
        element.append(rest);
        break;
      }
      element.append(rest.slice(0, first.at), first.make(first.needle));
      rest = rest.slice(first.at + first.needle.length);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The queue

  const queue = [];
  let phase = 'empty'; // empty, ready, sending, results
  let batch = [];
  let editing = null;
  let nextId = 1;

  function formatOf(name, type) {
    const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
    const generic = !type || type === 'application/octet-stream';
    return config.formats.find((format) => (generic ? format.ext === extension : format.mime === type));
  }

  function keyOf(file) {
    return `${file.name}|${file.size}|${file.lastModified}`;
  }

  /** Why a file cannot be queued, or null: the same rules the server applies, checked before sending. */
  function refusal(file) {
    const format = formatOf(file.name, file.type);
    if (!format) {
      return t('up.refused.type');
    }
    if (file.size === 0) {
      return t('up.refused.empty');
    }
    const video = format.kind === 'video';
    if (file.size > (video ? config.maxVideoBytes : config.maxImageBytes)) {
      return t('up.refused.too_big', video ? config.maxVideoText : config.maxImageText);
    }
    if (queue.some((item) => item.key === keyOf(file))) {
      return t('up.refused.duplicate');
    }
    return null;
  }

  function addFiles(files) {
    if (phase === 'sending') {
      return;
    }
    if (phase === 'results') {
      reset();
    }
    const refused = [];
    for (const file of files) {
      const reason = refusal(file);
      if (reason) {
        refused.push(`${file.name} - ${reason}`);
      } else {
        queue.push(fileItem(file));
      }
    }
    if (refused.length) {
      showList('up-refused', refused);
    }
    render();
  }

  function fileItem(file) {
    const format = formatOf(file.name, file.type);
    return {
      id: nextId++, key: keyOf(file), file, name: file.name, kind: format.kind, preview: URL.createObjectURL(file),
      options: {}, state: 'queued', loaded: 0, width: 0,
    };
  }

  function addUrls(urls) {
    if (phase === 'results') {
      reset();
    }
    for (const url of urls) {
      if (!queue.some((item) => item.url === url)) {
        const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
        queue.push({ id: nextId++, key: url, url, name, kind: 'url', options: {}, state: 'queued', loaded: 0 });
      }
    }
    render();
  }

  /** http and https URLs in pasted text, HTML or BBCode, once each. */
  function urlsIn(text) {
    const found = text.match(/https?:\/\/[^\s"'<>[\]]+/gi) || [];
    return [...new Set(found)].filter((candidate) => {
      try {
        return ['http:', 'https:'].includes(new URL(candidate).protocol);
      } catch (invalid) {
        return false;
      }
    });
  }

  function remove(item) {
    queue.splice(queue.indexOf(item), 1);
    if (item.preview) {
      URL.revokeObjectURL(item.preview);
    }
    render();
  }

  function reset() {
    for (const item of queue) {
      if (item.preview) {
        URL.revokeObjectURL(item.preview);
      }
    }
    queue.length = 0;
    batch = [];
    phase = 'empty';
    render();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Showing the queue

  function show(view) {
    for (const section of box.querySelectorAll('[data-view]')) {
      section.hidden = section.dataset.view !== view;
    }
  }

  function render() {
    if (phase !== 'sending' && phase !== 'results') {
      phase = queue.length ? 'ready' : 'empty';
    }
    box.dataset.state = phase;
    show({ empty: 'empty', ready: 'queue', sending: 'queue', results: 'results' }[phase]);
    const sending = phase === 'sending';
    $('up-customize').hidden = sending;
    $('up-sending').hidden = !sending;
    $('up-progress').hidden = !sending;
    $('up-options').disabled = sending;
    for (const id of ['up-start', 'up-more', 'up-reset']) {
      $(id).hidden = sending;
    }
    $('up-cancel').hidden = !sending;
    $('up-queue-count').textContent = sending ? '' : t(queue.length === 1 ? 'up.queue.count.one'
      : 'up.queue.count.many', queue.length);
    $('up-queue').replaceChildren(...queue.map(queueEntry));
  }

  function queueEntry(item) {
    const label = item.options.title || item.name;
    const status = el('span', { class: 'up-status' }, t(`up.file.${statusKey(item)}`));
    if (item.error) {
      status.append(`: ${item.error}`);
    }
    const entry = el('li', { class: 'up-item', 'data-state': item.state, title: item.error || null },
      el('button', {
        type: 'button', class: 'up-thumb', 'aria-label': t('up.queue.edit', label), disabled: phase === 'sending',
        onclick: () => openEdit(item),
      }, previewOf(item)),
      el('span', { class: 'up-name' }, label),
      status,
      el('progress', { max: 100, value: Math.round(progressOf(item) * 100), 'aria-label': t('up.progress.label', label) }));
    if (phase !== 'sending') {
      entry.append(el('button', {
        type: 'button', class: 'up-remove', 'aria-label': t('up.queue.remove', label), onclick: () => remove(item),
      }, '×'));
    }
    return entry;
  }

  function statusKey(item) {
    return { queued: 'waiting', sending: 'sending', done: 'done', failed: 'failed', cancelled: 'cancelled' }[item.state];
  }

  /** Made once per file: the queue is redrawn often, its previews are moved, not reloaded. */
  function previewOf(item) {
    if (!item.previewNode) {
      item.previewNode = preview(item);
    }
    return item.previewNode;
  }

  /** Images are shown upright (CSS image-orientation), videos at a quarter of their length, URLs as text. */
  function preview(item) {
    if (item.kind === 'image') {
      const image = el('img', { src: item.preview, alt: '' });
      image.addEventListener('load', () => {
        item.width = image.naturalWidth;
      }, { once: true });
      image.addEventListener('error', () => {
        item.previewNode = placeholder(item);
        image.replaceWith(item.previewNode);
      }, { once: true });
      return image;
    }
    if (item.kind === 'video') {
      const video = el('video', { src: item.preview, muted: true, playsinline: true, preload: 'metadata' });
      video.muted = true;
      video.addEventListener('loadedmetadata', () => {
        if (Number.isFinite(video.duration)) {
          video.currentTime = video.duration / 4;
        }
      }, { once: true });
      return video;
    }
    return el('span', { class: 'up-url' }, item.url);
  }

  /** For a file this browser cannot show (the server may still read it): its extension. */
  function placeholder(item) {
    const extension = item.name.includes('.') ? item.name.slice(item.name.lastIndexOf('.') + 1) : '?';
    return el('span', { class: 'up-placeholder' }, extension.toUpperCase());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Dialogs

  function openDialog(id) {
    const dialog = $(id);
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
  }

  function showList(id, lines) {
    $(`${id}-list`).replaceChildren(...lines.map((line) => el('li', {}, line)));
    openDialog(id);
  }

  for (const closer of document.querySelectorAll('dialog [data-closes]')) {
    closer.addEventListener('click', () => closer.closest('dialog').close());
  }
  for (const opener of document.querySelectorAll('[data-opens]')) {
    opener.addEventListener('click', () => openDialog(opener.dataset.opens));
  }

  const editFields = ['title', 'description', 'tags', 'album', 'category', 'width', 'expiration'];

  function openEdit(item) {
    editing = item;
    $('up-edit-file').textContent = t('up.edit.file', item.name);
    for (const field of editFields) {
      const input = $(`up-edit-${field}`);
      if (input) {
        input.value = item.options[field] || '';
      }
    }
    $('up-edit-title').placeholder = titleFrom(item.name);
    $('up-edit-nsfw').checked = Boolean(item.options.nsfw);
    const width = $('up-edit-width');
    $('up-edit-width-field').hidden = item.kind !== 'image';
    width.max = item.width || '';
    $('up-edit-width-hint').textContent = item.width ? t('up.edit.width.hint', item.width) : '';
    openDialog('up-edit');
  }

  /** The title the server gives a file without one (unless the file carries its own), shown as a hint. */
  function titleFrom(name) {
    const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
    return stem.replace(/[-_\s]+/g, ' ').trim().slice(0, 100);
  }

  $('up-edit-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!event.target.reportValidity() || !editing) {
      return;
    }
    for (const field of editFields) {
      const input = $(`up-edit-${field}`);
      if (input) {
        editing.options[field] = input.value.trim();
      }
    }
    editing.options.nsfw = $('up-edit-nsfw').checked;
    $('up-edit').close();
    render();
  });

  if ($('up-urls-form')) {
    $('up-urls-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const urls = urlsIn($('up-urls-text').value);
      $('up-urls-error').hidden = urls.length > 0;
      if (urls.length) {
        $('up-urls-text').value = '';
        $('up-urls').close();
        addUrls(urls);
      }
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Adding files: picker, camera, drop (folders too), paste

  function pick(inputId) {
    $(inputId).click();
  }

  $('up-browse').addEventListener('click', () => pick('up-files'));
  $('up-more').addEventListener('click', () => pick('up-files'));
  $('up-camera').addEventListener('click', () => pick('up-camera-input'));
  if ($('up-add-urls')) {
    $('up-add-urls').addEventListener('click', () => openDialog('up-urls'));
  }
  for (const id of ['up-files', 'up-camera-input']) {
    $(id).addEventListener('change', (event) => {
      const chosen = [...event.target.files];
      event.target.value = ''; // Choosing the same file again later must fire a change again.
      addFiles(chosen);
    });
  }

  async function filesIn(entry, found) {
    if (entry.isFile) {
      if (entry.name !== '.DS_Store') {
        found.push(await new Promise((resolve, reject) => entry.file(resolve, reject)));
      }
      return;
    }
    const reader = entry.createReader();
    for (;;) {
      const entries = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (!entries.length) {
        return;
      }
      for (const child of entries) {
        await filesIn(child, found);
      }
    }
  }

  /** Dropped files, folders read recursively; the items must be read before the event handler returns. */
  async function dropped(transfer) {
    const items = [...transfer.items].filter((item) => item.kind === 'file')
      .map((item) => ({ entry: item.webkitGetAsEntry ? item.webkitGetAsEntry() : null, file: item.getAsFile() }));
    const found = [];
    for (const { entry, file } of items) {
      if (entry && entry.isDirectory) {
        await filesIn(entry, found);
      } else if (file) {
        found.push(file);
      }
    }
    return found;
  }

  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    box.classList.add('up-dragging');
  });
  document.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) {
      box.classList.remove('up-dragging');
    }
  });
  document.addEventListener('drop', async (event) => {
    event.preventDefault();
    box.classList.remove('up-dragging');
    addFiles(await dropped(event.dataTransfer));
  });

  document.addEventListener('paste', (event) => {
    if (event.target.closest && event.target.closest('input, textarea, dialog')) {
      return;
    }
    const files = [...event.clipboardData.files];
    if (files.length) {
      event.preventDefault();
      addFiles(files);
      return;
    }
    const urls = config.urlUploads ? urlsIn(event.clipboardData.getData('text')) : [];
    if (urls.length) {
      event.preventDefault();
      addUrls(urls);
    }
  });

  // ---------------------------------------------------------------------------------------------------------------
  // Sending: each file its own request, config.threads at a time

  function progressOf(item) {
    if (item.state === 'done' || item.state === 'failed' || item.state === 'cancelled') {
      return 1;
    }
    // Bytes sent are not the end: the server still stores the file, so a file is at 100% only once answered.
    return item.total ? Math.min(0.99, item.loaded / item.total) : 0;
  }

  function showProgress() {
    const total = batch.reduce((sum, item) => sum + progressOf(item), 0);
    const percent = batch.length ? Math.floor((100 * total) / batch.length) : 0;
    $('up-progress-heading').textContent = t(batch.length === 1 ? 'up.uploading.one' : 'up.uploading.many',
      batch.length, percent);
    $('up-progress').value = percent;
    box.dataset.progress = percent;
    for (const [index, entry] of [...$('up-queue').children].entries()) {
      entry.querySelector('progress').value = Math.round(progressOf(queue[index]) * 100);
    }
  }

  function start() {
    batch = queue.filter((item) => item.state === 'queued');
    if (!batch.length) {
      return;
    }
    phase = 'sending';
    render();
    showProgress();
    for (let slot = 0; slot < config.threads; slot++) {
      sendNext();
    }
  }

  function sendNext() {
    const item = batch.find((candidate) => candidate.state === 'queued');
    if (item) {
      send(item);
    } else if (batch.every((candidate) => candidate.state !== 'sending')) {
      finish();
    }
  }

  function fieldsOf(item) {
    const own = item.options;
    const global = (id) => ($(id) ? $(id).value : '');
    const fields = {
      title: own.title, description: own.description, tags: own.tags, width: own.width,
      album_id: own.album || global('up-album'),
      category_id: own.category || global('up-category'),
      expiration: own.expiration || global('up-expiration'),
      nsfw: (own.nsfw || $('up-nsfw').checked) ? '1' : '',
    };
    if (fields.expiration === 'none') {
      fields.expiration = '';
    }
    return fields;
  }

  function send(item) {
    const form = new FormData();
    if (item.file) {
      form.append('source', item.file, item.file.name);
    } else {
      form.append('source', item.url);
    }
    for (const [name, value] of Object.entries(fieldsOf(item))) {
      if (value) {
        form.append(name, value);
      }
    }
    const request = new XMLHttpRequest();
    item.request = request;
    item.state = 'sending';
    request.open('POST', config.uploadUrl);
    request.setRequestHeader('X-CSRF-Token', config.csrf);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        item.loaded = event.loaded;
        item.total = event.total;
        showProgress();
      }
    });
    request.addEventListener('load', () => answered(item, request));
    request.addEventListener('error', () => settle(item, 'failed', t('up.error.network')));
    request.addEventListener('abort', () => settle(item, 'cancelled', t('up.error.aborted')));
    request.send(form);
    render();
    showProgress();
  }

  function answered(item, request) {
    let body = null;
    try {
      body = JSON.parse(request.responseText);
    } catch (notJson) {
      body = null;
    }
    if (request.status === 200 && body && body.image) {
      item.result = body.image;
      settle(item, 'done', null);
    } else {
      const message = body && body.error && body.error.message;
      settle(item, 'failed', message || t('up.error.server', request.status));
    }
  }

  function settle(item, state, error) {
    item.state = state;
    item.error = state === 'failed' ? error : null;
    item.request = null;
    render();
    showProgress();
    sendNext();
  }

  function cancelRemaining() {
    for (const item of batch) {
      if (item.state === 'queued') {
        item.state = 'cancelled';
      }
    }
    for (const item of batch) {
      if (item.request) {
        item.request.abort();
      }
    }
    sendNext();
  }

  $('up-start').addEventListener('click', start);
  $('up-cancel').addEventListener('click', cancelRemaining);
  $('up-reset').addEventListener('click', reset);
  $('up-again').addEventListener('click', reset);
  window.addEventListener('beforeunload', (event) => {
    if (phase === 'sending') {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // ---------------------------------------------------------------------------------------------------------------
  // Results

  function finish() {
    const done = batch.filter((item) => item.state === 'done');
    const failed = batch.filter((item) => item.state === 'failed');
    if (!done.length && !failed.length) {
      for (const item of batch) {
        Object.assign(item, { state: 'queued', loaded: 0, total: 0 });
      }
      phase = 'ready';
      render();
      return;
    }
    phase = 'results';
    render();
    $('up-result-success').hidden = !done.length;
    $('up-result-error').hidden = done.length > 0;
    $('up-mixed-note').hidden = !(done.length && failed.length);
    $('up-report-list').replaceChildren(...failed.map((item) => el('li', {}, `${item.name} - ${item.error}`)));
    $('up-codes').hidden = !done.length;
    if (done.length) {
      showCodes(done.map((item) => item.result));
      showAlbumNote(done.map((item) => item.result), albumOfBatch());
    }
    $('up-results').focus();
  }

  /** The album every file went to (the choice for every file, not overridden), or null. */
  function albumOfBatch() {
    const chosen = $('up-album') ? $('up-album').value : '';
    const overridden = batch.some((item) => item.options.album);
    const album = config.albums.find((candidate) => candidate.id === chosen);
    return album && !overridden ? album : null;
  }

  const codeMakers = {
    viewer: (image) => image.url_viewer,
    direct: (image) => image.url,
    markdown_full: (image) => markdown(image, full(image)),
    markdown_medium: (image) => markdown(image, medium(image)),
    markdown_thumb: (image) => markdown(image, image.thumb.url),
    bbcode_full: (image) => `[url=${image.url_viewer}][img]${full(image)}[/img][/url]`,
    bbcode_medium: (image) => `[url=${image.url_viewer}][img]${medium(image)}[/img][/url]`,
    bbcode_thumb: (image) => `[url=${image.url_viewer}][img]${image.thumb.url}[/img][/url]`,
    html_full: (image) => html(image, full(image)),
    html_medium: (image) => html(image, medium(image)),
    html_thumb: (image) => html(image, image.thumb.url),
  };

  /** What embeds show: the image itself, or a video's frame. */
  function full(image) {
    return image.type === 'video' ? image.url_frame : image.url;
  }

  function medium(image) {
    return image.medium && image.medium.url ? image.medium.url : full(image);
  }

  function titleOf(image) {
    return image.title || image.filename;
  }

  function markdown(image, picture) {
    return `[![${titleOf(image).replace(/[[\]]/g, '')}](${picture})](${image.url_viewer})`;
  }

  function html(image, picture) {
    const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');
    return `<a href="${escape(image.url_viewer)}"><img src="${escape(picture)}" alt="${escape(titleOf(image))}"></a>`;
  }

  let uploaded = [];

  function showCodes(images) {
    uploaded = images;
    writeCodes();
    $('up-uploaded').replaceChildren(...images.map((image) => el('li', {},
      el('a', { href: image.url_viewer, class: 'up-uploaded-link' },
        el('img', { src: image.thumb.url, alt: titleOf(image), loading: 'lazy' })))));
  }

  function writeCodes() {
    const make = codeMakers[$('up-code-kind').value] || codeMakers.viewer;
    $('up-code-text').value = uploaded.map(make).join('\n');
    $('up-copied').textContent = '';
  }

  $('up-code-kind').addEventListener('change', writeCodes);
  $('up-copy').addEventListener('click', async () => {
    const area = $('up-code-text');
    area.select();
    try {
      await navigator.clipboard.writeText(area.value);
    } catch (notAllowed) {
      document.execCommand('copy'); // Plain http pages have no asynchronous clipboard.
    }
    $('up-copied').textContent = t('up.codes.copied');
  });

  // ---------------------------------------------------------------------------------------------------------------
  // Albums, for signed-in people: the note after uploading, "create new album" and "move it to an existing album"

  function albumLink(album) {
    return () => el('a', { href: album.url || `/album/${album.id}` }, album.name);
  }

  function showAlbumNote(images, album) {
    const note = $('up-album-note');
    note.hidden = !config.signedIn;
    if (!config.signedIn) {
      return;
    }
    const target = album ? albumLink(album) : () => el('a', { href: config.streamUrl }, t('up.result.stream'));
    const key = config.albums.length ? 'up.result.added.create_or_move' : 'up.result.added.create';
    sentence(note, t(key), [
      ['%s', target],
      [t('up.result.create.link'), (text) => el('button', { type: 'button', class: 'up-link',
        onclick: () => openDialog('up-album-create') }, text)],
      [t('up.result.move.link'), (text) => el('button', { type: 'button', class: 'up-link',
        onclick: () => openDialog('up-album-move') }, text)],
    ]);
    note.dataset.media = JSON.stringify(images.map((image) => image.id_encoded));
  }

  async function albumRequest(path, body) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': config.csrf },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    const answer = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(answer && answer.error ? answer.error.message : t('up.error.server', response.status));
    }
    return answer;
  }

  function albumAction(formId, dialogId, action) {
    const form = $(formId);
    if (!form) {
      return;
    }
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const error = $(`${dialogId}-error`);
      error.hidden = true;
      try {
        const album = await action(JSON.parse($('up-album-note').dataset.media));
        $(dialogId).close();
        sentence($('up-album-note'), t('up.result.added'), [['%s', albumLink(album)]]);
      } catch (failure) {
        error.textContent = t('up.album.failed', failure.message);
        error.hidden = false;
      }
    });
  }

  albumAction('up-album-create-form', 'up-album-create', async (media) => {
    const answer = await albumRequest(config.albumActions.create, {
      name: $('up-album-name').value.trim(), description: $('up-album-description').value.trim(),
      privacy: $('up-album-privacy').value, media,
    });
    return { id: answer.album.id_encoded, name: answer.album.name, url: answer.album.url };
  });

  albumAction('up-album-move-form', 'up-album-move', async (media) => {
    const select = $('up-album-target');
    await albumRequest(config.albumActions.move, { album_id: select.value, media });
    return config.albums.find((album) => album.id === select.value);
  });

  render();
})();
