"""CLV models in the shape ``lifetimes`` users know: ``fit``, ``params_``,
``conditional_expected_number_of_purchases_up_to_time``, ``conditional_probability_alive``,
``customer_lifetime_value``. Fitting runs in Rust without holding the GIL.

pandas in, pandas out: when a column (or the DataFrame) passed in is pandas, per-customer results
come back as a ``Series`` on its index; numpy in gives numpy out. ``params_`` is a ``Series`` like
lifetimes' when pandas is installed (a dict otherwise).
"""

from __future__ import annotations

import json
import warnings
from typing import Any, Dict, Optional

import numpy as np

from . import _native
from ._convert import array, call, column, floats, loads
from .errors import InvalidTypeError


class ConvergenceWarning(UserWarning):
    """A fit stopped before the optimiser met its tolerance (``diagnostics_`` says why); its
    parameters are the best found, not an optimum. Raise ``maxiter`` or the penalizer."""


def _warn_if_not_converged(model: str, diagnostics: Dict[str, Any]) -> None:
    if not diagnostics.get("converged", True):
        warnings.warn(
            ConvergenceWarning(f"{model} did not converge after {diagnostics.get('iterations')} iterations ({diagnostics.get('termination')})"),
            stacklevel=3,
        )


MODEL_FORMAT_VERSION = 1


def _save(path: Any, model: str, params: Any, penalizer: float, diagnostics: Dict[str, Any]) -> None:
    if len(params) == 0:
        raise RuntimeError("fit the model first")
    doc = {"format": "postpurchase.model", "version": MODEL_FORMAT_VERSION, "model": model,
           "params": {k: float(v) for k, v in params.items()}, "penalizer_coef": penalizer, "diagnostics": diagnostics}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1)


def _load(path: Any, model: str) -> tuple[Dict[str, float], float, Dict[str, Any]]:
    from .errors import InvalidInputError

    with open(path, encoding="utf-8") as f:
        try:
            doc = json.load(f)
        except ValueError as e:
            raise InvalidInputError(f"not a postpurchase model file: {e}") from e
    if not isinstance(doc, dict) or doc.get("format") != "postpurchase.model":
        raise InvalidInputError("not a postpurchase model file")
    if doc.get("version") != MODEL_FORMAT_VERSION:
        raise InvalidInputError(f"model format version {doc.get('version')}; this library reads {MODEL_FORMAT_VERSION}")
    if doc.get("model") != model:
        raise InvalidInputError(f"the file holds a {doc.get('model')}, not a {model}")
    return dict(doc["params"]), float(doc.get("penalizer_coef", 0.0)), dict(doc.get("diagnostics", {}))


class _Summary:
    """``standard_errors_``, ``confidence_intervals_`` and ``summary`` as lifetimes gives them:
    the delta method over the inverse Hessian of the fitted objective, 95 % bounds at 1.96
    standard errors. Needs pandas."""

    params_: Any
    diagnostics_: Dict[str, Any]

    @property
    def standard_errors_(self) -> Any:
        """Standard errors of the parameters (a Series).

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> data = bgf.generate_new_data(3000, T=39.0, seed=7)
        >>> se = pp.BetaGeoFitter().fit(data).standard_errors_
        >>> list(se.index), bool((se > 0).all())
        (['r', 'alpha', 'a', 'b'], True)
        """
        pd = _pandas()
        if pd is None:
            raise InvalidTypeError("standard errors come as a pandas Series: pip install pandas")
        se = self.diagnostics_.get("standard_errors") or [float("nan")] * len(self.params_)
        return pd.Series(se, index=self.params_.index, dtype=float)

    @property
    def confidence_intervals_(self) -> Any:
        """``lower 95% bound`` and ``upper 95% bound`` per parameter (a DataFrame).

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> data = bgf.generate_new_data(3000, T=39.0, seed=7)
        >>> ci = pp.BetaGeoFitter().fit(data).confidence_intervals_
        >>> list(ci.columns), bool((ci["lower 95% bound"] < ci["upper 95% bound"]).all())
        (['lower 95% bound', 'upper 95% bound'], True)
        """
        pd = _pandas()
        se = self.standard_errors_
        return pd.DataFrame({"lower 95% bound": self.params_ - 1.96 * se, "upper 95% bound": self.params_ + 1.96 * se})

    @property
    def summary(self) -> Any:
        """coef, se(coef) and the 95 % bounds per parameter (a DataFrame, as lifetimes).

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> data = bgf.generate_new_data(3000, T=39.0, seed=7)
        >>> list(pp.BetaGeoFitter().fit(data).summary.columns)
        ['coef', 'se(coef)', 'lower 95% bound', 'upper 95% bound']
        """
        pd = _pandas()
        ci = self.confidence_intervals_
        return pd.DataFrame({"coef": self.params_, "se(coef)": self.standard_errors_,
                             "lower 95% bound": ci["lower 95% bound"], "upper 95% bound": ci["upper 95% bound"]})


def _pandas() -> Any:
    """pandas when installed, else None."""
    import importlib

    try:
        return importlib.import_module("pandas")
    except ImportError:
        return None


def _params(values: Dict[str, float]) -> Any:
    """``params_`` as lifetimes has it: a Series named by parameter (a dict without pandas)."""
    pd = _pandas()
    return dict(values) if pd is None else pd.Series(values, dtype=float)


def _like(result: np.ndarray, *inputs: Any) -> Any:
    """A Series on the index of the first pandas input, else the numpy array."""
    for x in inputs:
        index = getattr(x, "index", None)
        if index is not None and hasattr(x, "iloc"):
            pd = _pandas()
            if pd is not None and len(index) == len(result):
                return pd.Series(result, index=index)
    return result


def _rfm(frequency: Any, recency: Any = None, T: Any = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if recency is None and T is None:
        data = frequency
        frequency, recency, T = column(data, "frequency"), column(data, "recency"), column(data, "T")
    return floats(frequency, "frequency"), floats(recency, "recency"), floats(T, "T")


class _PurchaseModel(_Summary):
    _kind = ""
    _names: tuple[str, ...] = ()

    def __init__(self, penalizer_coef: float = 0.0) -> None:
        self.penalizer_coef = float(penalizer_coef)
        self.params_: Any = {}
        self.diagnostics_: Dict[str, Any] = {}
        self.data: Any = None

    def fit(self, frequency: Any, recency: Any = None, T: Any = None, weights: Any = None, maxiter: Optional[int] = None) -> "_PurchaseModel":
        """Fits on columns (or a DataFrame with frequency, recency and T columns). A fit that
        stops before converging emits a ``ConvergenceWarning``; one that cannot go on raises
        ``FitFailedError``.

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> data = bgf.generate_new_data(3000, T=39.0, seed=7)
        >>> fitted = pp.BetaGeoFitter().fit(data["frequency"], data["recency"], data["T"])
        >>> fitted.diagnostics_["converged"], round(float(fitted.params_["r"]), 1)
        (True, 0.3)
        """
        f, r, t = _rfm(frequency, recency, T)
        w = floats(weights, "weights") if weights is not None else None
        out = loads(call(_native.fit, self._kind, f, r, t, w, self.penalizer_coef, maxiter))
        self.params_ = _params({k: float(out["params"][k]) for k in self._names})
        self.diagnostics_ = out["diagnostics"]
        _warn_if_not_converged(type(self).__name__, self.diagnostics_)
        pd = _pandas()
        if pd is not None:
            # the fitted columns, as lifetimes keeps them (the plots read them)
            self.data = pd.DataFrame({"frequency": f.astype(float), "recency": r.astype(float), "T": t.astype(float),
                                      "weights": w.astype(float) if w is not None else np.ones(len(f))})
        return self

    @property
    def log_likelihood_(self) -> float:
        """The log-likelihood of the fitted data at the fitted parameters.

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> data = bgf.generate_new_data(3000, T=39.0, seed=7)
        >>> round(pp.BetaGeoFitter().fit(data).log_likelihood_)
        -12965
        """
        return float(self.diagnostics_["log_likelihood"])

    def _json(self) -> str:
        if len(self.params_) == 0:
            raise RuntimeError("fit the model first")
        p: Dict[str, Any] = {k: float(v) for k, v in self.params_.items()}
        if self._kind != "pareto":
            p["variant"] = "bg_nbd" if self._kind == "bgnbd" else "modified"
        return json.dumps(p)

    def conditional_expected_number_of_purchases_up_to_time(self, t: float, frequency: Any, recency: Any = None, T: Any = None) -> Any:
        """Expected purchases in the next ``t`` periods per customer (a Series for pandas input).

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> bgf.conditional_expected_number_of_purchases_up_to_time(39, [2.0, 0.0], [30.43, 0.0], [38.86, 38.86]).round(3)
        array([1.226, 0.195])
        """
        f, r, tt = _rfm(frequency, recency, T)
        out = array(call(_native.predict, self._kind, self._json(), "conditional_expected", float(t), f, r, tt))
        return _like(out, frequency, recency, T)

    def conditional_probability_alive(self, frequency: Any, recency: Any = None, T: Any = None) -> Any:
        """P(alive) per customer (a Series for pandas input).

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> bgf.conditional_probability_alive([2.0, 2.0], [30.43, 2.0], [38.86, 38.86]).round(3)
        array([0.727, 0.056])
        """
        f, r, tt = _rfm(frequency, recency, T)
        return _like(array(call(_native.predict, self._kind, self._json(), "probability_alive", 0.0, f, r, tt)), frequency, recency, T)

    def predict(self, t: float, frequency: Any, recency: Any = None, T: Any = None) -> Any:
        """lifetimes' alias of ``conditional_expected_number_of_purchases_up_to_time``.

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> bgf.predict(39, [2.0], [30.43], [38.86]).round(3)
        array([1.226])
        """
        return self.conditional_expected_number_of_purchases_up_to_time(t, frequency, recency, T)

    def _new_customer(self, what: str, t: Any, n: Any) -> Any:
        scalar = np.ndim(t) == 0 and np.ndim(n) == 0
        tt, nn = np.broadcast_arrays(np.asarray(t, dtype=float), np.asarray(n, dtype=float))
        out = array(call(_native.predict_new, self._kind, self._json(), what, floats(tt, "t"), floats(nn, "n")))
        return float(out[0]) if scalar else _like(out.reshape(tt.shape), t, n)

    def expected_number_of_purchases_up_to_time(self, t: Any) -> Any:
        """E[X(t)] for a new customer: a float for a scalar ``t``, an array (or Series) for many.

        >>> import postpurchase as pp
        >>> m = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> round(m.expected_number_of_purchases_up_to_time(39), 4)
        1.1967
        """
        return self._new_customer("expected", t, 0)

    def probability_of_n_purchases_up_to_time(self, t: Any, n: Any) -> Any:
        """P(X(t) = n): the probability that a new customer makes exactly ``n`` purchases in a
        period of length ``t`` (scalars give a float; arrays broadcast).

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> float(round(bgf.probability_of_n_purchases_up_to_time(39, 0), 3))
        0.574
        """
        return self._new_customer("probability_of_n", t, n)

    def generate_new_data(self, size: int = 1, T: Any = 1.0, seed: Optional[int] = None) -> Any:
        """Simulated customers from the model, as lifetimes' ``generate_new_data``: a DataFrame
        (a dict of arrays without pandas) with ``frequency``, ``recency``, ``T``, ``lambda``,
        ``p`` (``mu`` for Pareto/NBD), ``alive`` and ``customer_id``, one row per customer.
        ``T`` is one observation length or one per customer (then ``size`` is its length).
        Purchases in the same whole period count once in ``frequency``, as lifetimes counts
        them. The same ``seed`` gives the same customers; without one a random seed is drawn.

        >>> import postpurchase as pp
        >>> m = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> df = m.generate_new_data(size=1000, T=39, seed=7)
        >>> list(df.columns)
        ['frequency', 'recency', 'T', 'lambda', 'p', 'alive', 'customer_id']
        >>> bool((df["recency"] <= df["T"]).all()) and df.equals(m.generate_new_data(size=1000, T=39, seed=7))
        True
        """
        t = np.asarray(T, dtype=float)
        if t.ndim == 0:
            if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or size < 0:
                from .errors import InvalidInputError

                raise InvalidInputError("size must be a whole number >= 0", "input.invalid")
            t = np.full(int(size), float(t))
        if seed is None:
            import secrets

            seed = secrets.randbits(64)
        cols = call(_native.generate, self._kind, self._json(), floats(t.ravel(), "T"), int(seed))
        f, r, tt, lam, drop = (array(c) for c in cols[:5])
        alive = np.frombuffer(cols[5], dtype=np.uint8).astype(bool)
        data = {"frequency": f, "recency": r, "T": tt, "lambda": lam,
                ("mu" if self._kind == "pareto" else "p"): drop, "alive": alive,
                "customer_id": np.arange(len(f))}
        pd = _pandas()
        return data if pd is None else pd.DataFrame(data)

    @classmethod
    def from_params(cls, params: Dict[str, float], penalizer_coef: float = 0.0) -> Any:
        """A model with given parameters (for predictions without fitting).

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> bgf
        <postpurchase.BetaGeoFitter: r: 0.24, alpha: 4.41, a: 0.79, b: 2.43>
        """
        m = cls(penalizer_coef)
        m.params_ = _params({k: float(params[k]) for k in cls._names})
        return m

    def save_model(self, path: Any) -> None:
        """Writes the fitted model as versioned JSON (``load_model`` reads it back).

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), "bgf.json")
        >>> bgf.save_model(path)
        >>> pp.BetaGeoFitter.load_model(path).params_.equals(bgf.params_)
        True
        """
        _save(path, type(self).__name__, self.params_, self.penalizer_coef, self.diagnostics_)

    @classmethod
    def load_model(cls, path: Any) -> Any:
        """Reads a model ``save_model`` wrote (refuses another model's file or a newer format).

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), "bgf.json")
        >>> bgf.save_model(path)
        >>> pp.ParetoNBDFitter.load_model(path)
        Traceback (most recent call last):
        ...
        postpurchase.errors.InvalidInputError: the file holds a BetaGeoFitter, not a ParetoNBDFitter
        """
        params, penalizer, diagnostics = _load(path, cls.__name__)
        m = cls.from_params(params, penalizer)
        m.diagnostics_ = diagnostics
        return m

    def __repr__(self) -> str:
        ps = ", ".join(f"{k}: {float(v):.2f}" for k, v in self.params_.items())
        return f"<postpurchase.{type(self).__name__}: {ps or 'not fitted'}>"


class BetaGeoFitter(_PurchaseModel):
    """BG/NBD (Fader, Hardie & Lee 2005).

    >>> import postpurchase as pp
    >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
    >>> round(float(bgf.conditional_expected_number_of_purchases_up_to_time(39, [2.0], [30.43], [38.86])[0]), 3)
    1.226
    """

    _kind = "bgnbd"
    _names = ("r", "alpha", "a", "b")


class ModifiedBetaGeoFitter(_PurchaseModel):
    """Modified BG/NBD (Batislam et al. 2007).

    >>> import postpurchase as pp
    >>> m = pp.ModifiedBetaGeoFitter.from_params({"r": 0.525, "alpha": 6.183, "a": 0.891, "b": 1.614})
    >>> bool(0 < m.conditional_probability_alive([0.0], [0.0], [38.86])[0] < 1)
    True
    """

    _kind = "mbgnbd"
    _names = ("r", "alpha", "a", "b")


class ParetoNBDFitter(_PurchaseModel):
    """Pareto/NBD (Schmittlein, Morrison & Colombo 1987).

    >>> import postpurchase as pp
    >>> pnbd = pp.ParetoNBDFitter.from_params({"r": 0.553, "alpha": 10.58, "s": 0.606, "beta": 11.67})
    >>> round(float(pnbd.conditional_probability_alive([2.0], [30.43], [38.86])[0]), 3)
    0.869
    """

    _kind = "pareto"
    _names = ("r", "alpha", "s", "beta")

    def conditional_probability_of_n_purchases_up_to_time(self, n: int, t: float, frequency: Any, recency: Any = None, T: Any = None) -> Any:
        """P(exactly ``n`` purchases in the next ``t`` | frequency, recency, T) per customer (a
        Series for pandas input), as lifetimes computes it.

        >>> import postpurchase as pp
        >>> pnbd = pp.ParetoNBDFitter.from_params({"r": 0.553, "alpha": 10.58, "s": 0.606, "beta": 11.67})
        >>> p = pnbd.conditional_probability_of_n_purchases_up_to_time(0, 10.0, [2.0], [30.43], [38.86])
        >>> round(float(p[0]), 3)
        0.69
        """
        f, r, tt = _rfm(frequency, recency, T)
        out = array(call(_native.conditional_probability_of_n, self._json(), int(n), float(t), f, r, tt))
        return _like(out, frequency, recency, T)


class GammaGammaFitter(_Summary):
    """Gamma-Gamma spend model, fitted on repeat buyers; ``params_`` has p, q and v.

    >>> import postpurchase as pp
    >>> ggf = pp.GammaGammaFitter.from_params({"p": 6.25, "q": 3.74, "v": 15.44})
    >>> round(float(ggf.conditional_expected_average_profit([2.0], [30.0])[0]), 2)
    30.94
    """

    def __init__(self, penalizer_coef: float = 0.0) -> None:
        self.penalizer_coef = float(penalizer_coef)
        self.params_: Any = {}
        self.diagnostics_: Dict[str, Any] = {}

    def fit(self, frequency: Any, monetary_value: Any = None, maxiter: Optional[int] = None, weights: Any = None) -> "GammaGammaFitter":
        """Fits on the repeat buyers' frequency and mean spend (or a DataFrame with those columns);
        warns with ``ConvergenceWarning`` as the purchase models do. ``weights`` makes each row
        stand for that many customers: a table of distinct rows with their counts fits exactly
        as the customers it counts.

        >>> import numpy as np, postpurchase as pp
        >>> rng = np.random.default_rng(3)
        >>> frequency = rng.integers(1, 8, 2000).astype(float)
        >>> spend = rng.gamma(6.0, 1 / rng.gamma(3.7, 1 / 15.4, 2000))
        >>> mean = np.array([rng.gamma(6.0 * n, 1 / (6.0 * n / s)) for n, s in zip(frequency, spend)])
        >>> ggf = pp.GammaGammaFitter().fit(frequency, mean)
        >>> ggf.diagnostics_["converged"], sorted(ggf.params_.index)
        (True, ['p', 'q', 'v'])
        """
        if monetary_value is None:
            frequency, monetary_value = column(frequency, "frequency"), column(frequency, "monetary_value")
        w = floats(weights, "weights") if weights is not None else None
        out = loads(call(_native.fit_gamma_gamma, floats(frequency, "frequency"), floats(monetary_value, "monetary_value"), self.penalizer_coef, maxiter, w))
        self.diagnostics_ = out.get("diagnostics", {})
        _warn_if_not_converged("GammaGammaFitter", self.diagnostics_)
        p = out["params"]
        self.params_ = _params({"p": float(p["p"]), "q": float(p["q"]), "v": float(p["gamma"])})
        return self

    def _json(self) -> str:
        if len(self.params_) == 0:
            raise RuntimeError("fit the model first")
        return json.dumps({"p": float(self.params_["p"]), "q": float(self.params_["q"]), "gamma": float(self.params_["v"])})

    @property
    def log_likelihood_(self) -> float:
        """The log-likelihood at the fitted parameters.

        >>> import postpurchase as pp
        >>> import numpy as np
        >>> rng = np.random.default_rng(3)
        >>> frequency = rng.integers(1, 8, 2000).astype(float)
        >>> spend = rng.gamma(6.0, 1 / rng.gamma(3.7, 1 / 15.4, 2000))
        >>> mean = np.array([rng.gamma(6.0 * n, 1 / (6.0 * n / s)) for n, s in zip(frequency, spend)])
        >>> pp.GammaGammaFitter().fit(frequency, mean).log_likelihood_ < 0
        True
        """
        return float(self.diagnostics_["log_likelihood"])

    @classmethod
    def from_params(cls, params: Dict[str, float], penalizer_coef: float = 0.0) -> "GammaGammaFitter":
        """A model with given p, q and v.

        >>> import postpurchase as pp
        >>> pp.GammaGammaFitter.from_params({"p": 6.25, "q": 3.74, "v": 15.44})
        <postpurchase.GammaGammaFitter: p: 6.25, q: 3.74, v: 15.44>
        """
        m = cls(penalizer_coef)
        m.params_ = _params({k: float(params[k]) for k in ("p", "q", "v")})
        return m

    def save_model(self, path: Any) -> None:
        """Writes the fitted model as versioned JSON.

        >>> import os, tempfile, postpurchase as pp
        >>> ggf = pp.GammaGammaFitter.from_params({"p": 6.25, "q": 3.74, "v": 15.44})
        >>> path = os.path.join(tempfile.mkdtemp(), "ggf.json")
        >>> ggf.save_model(path)
        >>> pp.GammaGammaFitter.load_model(path).params_.equals(ggf.params_)
        True
        """
        _save(path, "GammaGammaFitter", self.params_, self.penalizer_coef, self.diagnostics_)

    @classmethod
    def load_model(cls, path: Any) -> "GammaGammaFitter":
        """Reads a model ``save_model`` wrote.

        >>> import os, tempfile, postpurchase as pp
        >>> path = os.path.join(tempfile.mkdtemp(), "ggf.json")
        >>> pp.GammaGammaFitter.from_params({"p": 6.25, "q": 3.74, "v": 15.44}).save_model(path)
        >>> pp.GammaGammaFitter.load_model(path)
        <postpurchase.GammaGammaFitter: p: 6.25, q: 3.74, v: 15.44>
        """
        params, penalizer, diagnostics = _load(path, "GammaGammaFitter")
        m = cls.from_params(params, penalizer)
        m.diagnostics_ = diagnostics
        return m

    def conditional_expected_average_profit(self, frequency: Any, monetary_value: Any = None) -> Any:
        """Expected mean spend per customer (a Series for pandas input).

        >>> import postpurchase as pp
        >>> ggf = pp.GammaGammaFitter.from_params({"p": 6.25, "q": 3.74, "v": 15.44})
        >>> ggf.conditional_expected_average_profit([1.0, 10.0], [30.0, 30.0]).round(2)
        array([31.59, 30.22])
        """
        if monetary_value is None:
            frequency, monetary_value = column(frequency, "frequency"), column(frequency, "monetary_value")
        out = array(call(_native.gamma_gamma_value, self._json(), floats(frequency), floats(monetary_value)))
        return _like(out, frequency, monetary_value)

    def customer_lifetime_value(
        self,
        transaction_prediction_model: _PurchaseModel,
        frequency: Any,
        recency: Any,
        T: Any,
        monetary_value: Any,
        time: int = 12,
        discount_rate: float = 0.01,
        freq: str = "D",
    ) -> Any:
        """CLV over ``time`` months, discounted monthly; ``freq`` is the model's unit ("H", "D", "W" or "M").
        A Series for pandas input.

        >>> import postpurchase as pp
        >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
        >>> ggf = pp.GammaGammaFitter.from_params({"p": 6.25, "q": 3.74, "v": 15.44})
        >>> clv = ggf.customer_lifetime_value(bgf, [2.0, 0.0], [30.43, 0.0], [38.86, 38.86], [30.0, 0.0], time=12, freq="W")
        >>> bool(clv[0] > clv[1] > 0)
        True
        """
        f, r, t = _rfm(frequency, recency, T)
        m = transaction_prediction_model
        out = array(call(_native.lifetime_value, m._kind, m._json(), self._json(), f, r, t, floats(monetary_value), int(time), float(discount_rate), freq))
        return _like(out, frequency, recency, T, monetary_value)

    def __repr__(self) -> str:
        ps = ", ".join(f"{k}: {float(v):.2f}" for k, v in self.params_.items())
        return f"<postpurchase.GammaGammaFitter: {ps or 'not fitted'}>"
