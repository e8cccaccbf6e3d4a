// A few lines instead of a framework: elements from tag, attributes and children.

const SVG = 'http://www.w3.org/2000/svg';

function make(element, attrs, children) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'text') element.textContent = value;
    else element.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child != null && child !== false) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export const h = (tag, attrs, ...children) => make(document.createElement(tag), attrs, children);
export const s = (tag, attrs, ...children) => make(document.createElementNS(SVG, tag), attrs, children);
export const $ = (selector) => document.querySelector(selector);
export const $$ = (selector) => [...document.querySelectorAll(selector)];
