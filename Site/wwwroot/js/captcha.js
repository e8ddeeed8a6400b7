// reCAPTCHA v3 (only when Captcha:Provider=Recaptcha): fetch a token just before the form is sent. Without
// JavaScript the form still goes; the server then holds the submission for a person to review.
(function () {
  var form = document.querySelector("form[data-captcha-site-key]");
  if (!form || !window.grecaptcha) return;
  var sending = false;
  form.addEventListener("submit", function (event) {
    if (sending) return;
    event.preventDefault();
    var submitter = event.submitter;
    window.grecaptcha.ready(function () {
      window.grecaptcha.execute(form.getAttribute("data-captcha-site-key"), { action: form.getAttribute("data-captcha-action") })
        .then(function (token) { document.getElementById("CaptchaToken").value = token; })
        .finally(function () { sending = true; form.requestSubmit(submitter); });
    });
  });
})();
