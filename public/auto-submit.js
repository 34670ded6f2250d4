// Sends a form marked data-auto-submit at once; without JavaScript its button does the same.
document.querySelectorAll("form[data-auto-submit]").forEach(function (form) {
  form.submit();
});
