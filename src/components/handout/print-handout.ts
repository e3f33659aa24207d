// The handout's Print button, and the printed footer's address and date: the address the page
// was actually opened at (the site has no configured domain, so the build can only know the path)
// and the day it is printed. Without JavaScript the footer keeps the path and the build date.
const button = document.querySelector<HTMLButtonElement>('[data-print-handout]');
const address = document.querySelector('[data-print-address]');
const date = document.querySelector('[data-print-date]');

function stamp() {
  if (address && /^https?:$/.test(location.protocol)) address.textContent = `${location.origin}${location.pathname}`;
  const now = new Date();
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  if (date) date.textContent = `printed ${day}`;
}

stamp();
addEventListener('beforeprint', stamp);
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}
