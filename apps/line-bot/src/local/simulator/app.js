// The simulator's chat page: shows what the bot sends (text, quick replies, Flex bubbles) and turns
// taps and typing into webhook events through the fake platform.
const params = new URLSearchParams(location.search);
const firstVisit = !params.get('user') && !localStorage.getItem('mamoru-sim-user');
const userId = params.get('user') ?? localUserId();
const chat = document.getElementById('chat');
const quick = document.getElementById('quick');
let after = 0;

function localUserId() {
  let id = localStorage.getItem('mamoru-sim-user');
  if (!id) {
    id = `U${crypto.randomUUID().replace(/-/g, '')}`;
    localStorage.setItem('mamoru-sim-user', id);
  }
  return id;
}

async function act(action) {
  await fetch('/sim/act', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId, action }),
  });
}

function runAction(action) {
  if (action.type === 'postback')
    return act({ kind: 'postback', data: action.data, displayText: action.displayText });
  if (action.type === 'message') return act({ kind: 'text', text: action.text });
  if (action.type === 'uri') return window.open(action.uri, '_blank', 'noopener');
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderFlex(component) {
  switch (component.type) {
    case 'box': {
      const box = el('div', `fx-box ${component.layout}`);
      if (component.backgroundColor) box.style.background = component.backgroundColor;
      for (const child of component.contents) box.append(renderFlex(child));
      return box;
    }
    case 'text': {
      const text = el('div', 'fx-text', component.text);
      if (component.color) text.style.color = component.color;
      if (component.weight === 'bold') text.style.fontWeight = 'bold';
      if (component.flex !== undefined) text.style.flex = String(component.flex);
      if (component.align === 'end') text.style.textAlign = 'right';
      if (component.size === 'xs' || component.size === 'sm')
        text.style.fontSize = component.size === 'xs' ? '0.6875rem' : '0.8125rem';
      if (component.size === 'lg' || component.size === 'xl')
        text.style.fontSize = component.size === 'lg' ? '1.0625rem' : '1.25rem';
      return text;
    }
    case 'button': {
      const button = el('button', `fx-button ${component.style ?? 'link'}`, component.action.label);
      button.type = 'button';
      if (component.color) button.style.background = component.color;
      button.addEventListener('click', () => runAction(component.action));
      return button;
    }
    case 'separator':
      return el('hr');
    default:
      return el('div', '', '');
  }
}

// LINE turns addresses in a text message into links; so does the simulator.
function textWithLinks(text) {
  const node = el('div', 'msg');
  for (const part of text.split(/(https?:\/\/[^\s]+)/)) {
    if (!/^https?:\/\//.test(part)) {
      node.append(part);
      continue;
    }
    const link = el('a', '', part);
    link.href = part;
    link.target = '_blank';
    link.rel = 'noopener';
    node.append(link);
  }
  return node;
}

function renderBubble(contents, label) {
  const bubble = el('div', 'bubble');
  bubble.setAttribute('aria-label', label);
  for (const part of ['header', 'body', 'footer']) {
    const box = contents[part];
    if (!box) continue;
    const section = el('section');
    if (box.backgroundColor) section.style.background = box.backgroundColor;
    section.append(renderFlex(box));
    bubble.append(section);
  }
  return bubble;
}

function renderMessage(message) {
  if (message.type === 'text') return textWithLinks(message.text);
  if (message.type === 'flex' && message.contents.type === 'bubble') {
    return renderBubble(message.contents, message.altText);
  }
  // A carousel scrolls sideways inside the chat, as in LINE; the page itself does not.
  if (message.type === 'flex' && message.contents.type === 'carousel') {
    const row = el('div', 'carousel');
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', message.altText);
    const count = message.contents.contents.length;
    message.contents.contents.forEach((contents, i) => {
      row.append(renderBubble(contents, `${i + 1} / ${count}`));
    });
    return row;
  }
  return el('div', 'msg', message.altText ?? `(${message.type})`);
}

function clearQuick() {
  for (const button of quick.querySelectorAll('button')) button.remove();
}

function renderQuick(message) {
  clearQuick();
  for (const item of message.quickReply?.items ?? []) {
    const button = el('button', '', item.action.label);
    button.type = 'button';
    button.addEventListener('click', () => {
      clearQuick();
      runAction(item.action);
    });
    quick.append(button);
  }
}

function show(entry) {
  const li = el('li', entry.from);
  li.append(renderMessage(entry.message));
  chat.append(li);
  chat.scrollTop = chat.scrollHeight;
  if (entry.from === 'bot') renderQuick(entry.message);
}

async function poll() {
  for (;;) {
    try {
      const response = await fetch(`/sim/transcript?chat=${userId}&after=${after}`);
      const { entries } = await response.json();
      for (const entry of entries) {
        show(entry);
        after = Math.max(after, entry.seq);
      }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

document.getElementById('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('text');
  const text = input.value.trim();
  if (text) act({ kind: 'text', text });
  input.value = '';
});
document
  .getElementById('follow')
  .addEventListener('click', () => act({ kind: 'follow', unblocked: after > 0 }));
document.getElementById('unfollow').addEventListener('click', () => act({ kind: 'unfollow' }));
document.getElementById('sticker').addEventListener('click', () => act({ kind: 'sticker' }));
document.getElementById('image').addEventListener('click', () => act({ kind: 'image' }));

const clockFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
// 「時間を進める」: the bot's clock jumps to 12:30 (Japan time) the next day; reviews come due and
// the daily question goes to those who asked for it.
document.getElementById('advance').addEventListener('click', async () => {
  const response = await fetch('/sim/advance', { method: 'POST' });
  const body = await response.json();
  const note = response.ok
    ? `（時間を ${clockFormat.format(new Date(body.now))} に進めました）`
    : '（この起動では時間を進められません）';
  const li = el('li', 'system', note);
  chat.append(li);
  chat.scrollTop = chat.scrollHeight;
});

// The same six commands as the real rich menu (src/richmenu/menu.ts).
for (const [label, data] of [
  ['クイズ', 'a=cmd&c=quiz'],
  ['続き', 'a=cmd&c=resume'],
  ['復習', 'a=cmd&c=review'],
  ['成績', 'a=cmd&c=score'],
  ['教材', 'a=cmd&c=lessons'],
  ['ヘルプ', 'a=cmd&c=help'],
]) {
  const button = el('button', '', label);
  button.type = 'button';
  button.addEventListener('click', () => act({ kind: 'postback', data, displayText: label }));
  document.getElementById('richmenu').append(button);
}

poll();
// A first visit is like adding the bot as a friend: the welcome arrives.
if (firstVisit) act({ kind: 'follow' });
