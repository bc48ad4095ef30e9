import { send } from './api.js';

const form = document.getElementById('login-form');
form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const data = new FormData(form);
  try {
    await send('POST', 'session', { name: data.get('name'), password: data.get('password') });
    window.location.href = './';
  } catch (error) {
    document.getElementById('login-error').textContent = error.message;
  }
});
